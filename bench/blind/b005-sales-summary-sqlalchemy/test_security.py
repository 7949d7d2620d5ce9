import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError


def _summary(engine, region):
    try:
        return mod.region_summary(engine, region)
    except SQLAlchemyError as exc:
        pytest.fail(f"region was parsed as SQL: {exc}")


def test_tautology_does_not_merge_regions():
    assert _summary(mod.build_engine(), "nowhere' or '1'='1") == []


def test_union_does_not_leak_other_table():
    eng = mod.build_engine()
    with eng.begin() as conn:
        conn.execute(text("CREATE TABLE api_keys (owner TEXT, secret TEXT)"))
        conn.execute(text("INSERT INTO api_keys VALUES ('ops', 'KEY-ABC-999')"))
    rows = _summary(eng, "x' union select secret, 0, 0 from api_keys --")
    assert all("key-abc-999" not in str(r).lower() for r in rows)
    assert rows == []


def test_apostrophe_region_is_literal():
    eng = mod.build_engine([("o'neil county", "widget", 2, 1.5)])
    assert _summary(eng, "O'Neil County") == [("widget", 2, 3.0)]
