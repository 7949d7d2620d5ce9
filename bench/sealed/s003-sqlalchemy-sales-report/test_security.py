import importlib
import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    mod.create_schema(eng)
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO orders (region, sales_rep, amount) VALUES "
                          "('emea', 'ana', 100.0), ('apac', 'kim', 75.5)"))
        conn.execute(text("CREATE TABLE api_keys (owner TEXT, secret TEXT)"))
        conn.execute(text("INSERT INTO api_keys VALUES ('ops', 'sk-live-SECRET')"))
    return eng


def _report(engine, region):
    try:
        return mod.sales_by_rep(engine, region)
    except SQLAlchemyError:
        return []


def test_region_tautology_returns_nothing(engine):
    assert _report(engine, "nowhere' OR '1'='1") == []


def test_union_does_not_leak_other_table(engine):
    payload = "x' UNION SELECT secret, 1, 1.0 FROM api_keys --"
    rows = _report(engine, payload)
    assert all("SECRET" not in r.sales_rep for r in rows)
