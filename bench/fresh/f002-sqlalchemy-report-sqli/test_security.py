import importlib
import os
from datetime import date

import pytest
from sqlalchemy import create_engine, text

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def report():
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, amount REAL, placed_on TEXT)"))
        conn.execute(text("CREATE TABLE payroll (employee TEXT, salary REAL)"))
        conn.execute(text("INSERT INTO payroll VALUES ('ceo', 987654.0)"))
        conn.execute(
            text("INSERT INTO orders (region, amount, placed_on) VALUES (:r, :a, :d)"),
            [{"r": "north", "a": 100.0, "d": "2024-01-10"}, {"r": "south", "a": 70.0, "d": "2024-02-11"}],
        )
    return mod.SalesReport(engine)


def _safe_totals(report, region):
    try:
        return report.region_totals(region, date(2020, 1, 1))
    except Exception:
        return []


def test_tautology_does_not_aggregate_other_regions(report):
    totals = _safe_totals(report, "nowhere' OR '1'='1' --")
    assert sum(t.revenue for t in totals) == 0.0


def test_union_cannot_exfiltrate_payroll(report):
    payload = "x' UNION SELECT employee, 1, salary FROM payroll --"
    totals = _safe_totals(report, payload)
    assert all(t.revenue != 987654.0 for t in totals)
