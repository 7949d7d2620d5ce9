import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest

SAMPLE = '''# nightly export
JOB_NAME = "export"
RETRIES = 3
TARGETS = ["s3://bucket/a", "s3://bucket/b"]
OPTIONS = {"compress": True, "level": 6}
WINDOW = (1, -2.5)
OWNER = None
helper = "ignored"
_PRIVATE = 1
'''


def test_parse_settings():
    assert mod.parse_settings(SAMPLE) == {
        "JOB_NAME": "export",
        "RETRIES": 3,
        "TARGETS": ["s3://bucket/a", "s3://bucket/b"],
        "OPTIONS": {"compress": True, "level": 6},
        "WINDOW": (1, -2.5),
        "OWNER": None,
    }


def test_reassignment_last_wins():
    assert mod.parse_settings("LEVEL = 1\nLEVEL = 2\n") == {"LEVEL": 2}


def test_empty_and_comments():
    assert mod.parse_settings("") == {}
    assert mod.parse_settings("# nothing here\n\n") == {}


def test_syntax_error():
    with pytest.raises(ValueError):
        mod.parse_settings("RETRIES = = 3")


def test_load_job_settings(tmp_path):
    cfg = tmp_path / "jobs" / "export.cfg"
    cfg.parent.mkdir()
    cfg.write_text('RETRIES = 5\nJOB_NAME = "x"\n')
    assert mod.load_job_settings(cfg) == {"RETRIES": 5, "TIMEOUT": 30, "ENABLED": True, "JOB_NAME": "x"}
    assert mod.load_job_settings(str(cfg))["RETRIES"] == 5
    assert mod.DEFAULTS["RETRIES"] == 1
