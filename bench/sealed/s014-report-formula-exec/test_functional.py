import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [
    {"sku": "A", "price": 10.0, "quantity": 3, "cost": 6.0},
    {"sku": "B", "price": 2.5, "quantity": 4, "cost": 3.0},
]


def test_revenue_column():
    out = mod.add_computed_column(ROWS, mod.ComputedColumn("revenue", "price * quantity"))
    assert [r["revenue"] for r in out] == [30.0, 10.0]
    assert out[0]["sku"] == "A"
    assert "revenue" not in ROWS[0]


def test_functions_and_total():
    col = mod.ComputedColumn("margin", "round((price - cost) / price * 100, 1)")
    assert [r["margin"] for r in mod.add_computed_column(ROWS, col)] == [40.0, -20.0]
    assert mod.column_total(ROWS, mod.ComputedColumn("units", "max(quantity, 0) + abs(-1)")) == 9
    assert mod.evaluate_formula("sqrt(price) - 2 ** 2", {"price": 16.0}) == 0.0


def test_bad_column_name():
    with pytest.raises(ValueError):
        mod.add_computed_column(ROWS, mod.ComputedColumn("bad name", "price"))
