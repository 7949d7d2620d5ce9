import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_merges_over_defaults():
    config = mod.load_config("workers: 4\nlog_level: debug\nallowed_origins:\n  - https://app.example.com\n")
    assert config == {
        "workers": 4,
        "debug": False,
        "log_level": "DEBUG",
        "allowed_origins": ["https://app.example.com"],
    }


def test_empty_document_gives_defaults():
    assert mod.load_config("") == mod.DEFAULTS


def test_invalid_workers_rejected():
    try:
        mod.load_config("workers: 0\n")
    except ValueError:
        return
    raise AssertionError("workers: 0 should be rejected")
