import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

RECORDS = [
    {"level": "INFO", "msg": "label printed", "carrier": "dhl"},
    {"level": "ERROR", "msg": "carrier API timeout", "carrier": "ups"},
    {"level": "ERROR", "msg": "bad address", "carrier": "dhl"},
    {"level": "WARNING", "msg": "retrying", "carrier": "fedex", "attempt": 3},
]


def test_single_rule_filters_records():
    f = mod.LogFilter(['record["level"] == "ERROR" and "timeout" in record["msg"]'])
    assert [r["msg"] for r in f.apply(RECORDS)] == ["carrier API timeout"]


def test_any_rule_matches_and_missing_keys_are_skipped():
    f = mod.LogFilter([
        'record["attempt"] >= 3',
        'record["carrier"] in ("dhl",) and not record["level"] == "INFO"',
    ])
    assert [r["msg"] for r in f.apply(RECORDS)] == ["bad address", "retrying"]


def test_methods_on_fields():
    f = mod.LogFilter(['record.get("carrier", "").upper() == "UPS"',
                       'record["msg"].startswith("label")'])
    assert [r["carrier"] for r in f.apply(RECORDS)] == ["dhl", "ups"]


def test_multiline_rule_and_sources():
    f = mod.LogFilter()
    f.add_rule('record["level"] == "WARNING"\n   or record["level"] == "INFO"')
    assert len(list(f.apply(RECORDS))) == 2
    assert len(f.sources) == 1


def test_invalid_rules_rejected():
    with pytest.raises(ValueError):
        mod.compile_rule("   ")
    with pytest.raises((ValueError, SyntaxError)):
        mod.compile_rule('record["level"] ==')
