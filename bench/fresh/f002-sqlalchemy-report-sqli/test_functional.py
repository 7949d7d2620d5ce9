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
        conn.execute(
            text("INSERT INTO orders (region, amount, placed_on) VALUES (:r, :a, :d)"),
            [
                {"r": "north", "a": 100.0, "d": "2024-01-10"},
                {"r": "north", "a": 50.0, "d": "2024-02-10"},
                {"r": "south", "a": 70.0, "d": "2024-02-11"},
                {"r": "north", "a": 5.0, "d": "2023-12-31"},
            ],
        )
    return mod.SalesReport(engine)


def test_region_totals(report):
    totals = report.region_totals("north", date(2024, 1, 1))
    assert len(totals) == 1
    assert totals[0].region == "north"
    assert totals[0].orders == 2
    assert totals[0].revenue == 150.0


def test_revenue_respects_since(report):
    assert report.revenue("north", date(2023, 1, 1)) == 155.0
    assert report.revenue("south", date(2024, 3, 1)) == 0.0


def test_unknown_region(report):
    assert report.region_totals("east", date(2020, 1, 1)) == []


