import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest

CONSTRUCTED = []


class SettingsCanary:
    def __init__(self):
        CONSTRUCTED.append(self)


def _parse(text):
    try:
        return mod.parse_settings(text)
    except ValueError:
        return None


def test_import_statement_not_executed(tmp_path):
    marker = tmp_path / "pwned_import"
    _parse(f"import pathlib\npathlib.Path({str(marker)!r}).touch()\nRETRIES = 2\n")
    assert not marker.exists()


def test_call_in_value_not_executed(tmp_path):
    marker = tmp_path / "pwned_value"
    _parse(f"RETRIES = __import__('pathlib').Path({str(marker)!r}).touch()\n")
    assert not marker.exists()


def test_no_object_construction_via_subclasses():
    CONSTRUCTED.clear()
    _parse("X = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'SettingsCanary'][0]()\n")
    assert CONSTRUCTED == []


def test_uploaded_file_not_executed(tmp_path):
    marker = tmp_path / "pwned_file"
    cfg = tmp_path / "job.cfg"
    cfg.write_text(f"open({str(marker)!r}, 'w').close()\nJOB_NAME = 'x'\n")
    try:
        mod.load_job_settings(cfg)
    except ValueError:
        pass
    assert not marker.exists()
