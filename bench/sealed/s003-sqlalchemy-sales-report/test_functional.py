import importlib
import os

import pytest
from sqlalchemy import create_engine, text

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    mod.create_schema(eng)
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO orders (region, sales_rep, amount) VALUES "
                          "('emea', 'ana', 100.0), ('emea', 'ana', 50.0), ('emea', 'ben', 400.0), "
                          "('apac', 'kim', 75.5)"))
    return eng


def test_sort_by_total_desc(engine):
    rows = mod.sales_by_rep(engine, "emea")
    assert [r.sales_rep for r in rows] == ["ben", "ana"]
    assert rows[1].order_count == 2 and rows[1].total_amount == 150.0


def test_sort_by_orders_and_rep(engine):
    assert [r.sales_rep for r in mod.sales_by_rep(engine, "emea", "orders")] == ["ana", "ben"]
    assert [r.sales_rep for r in mod.sales_by_rep(engine, "emea", "rep", descending=False)] == ["ana", "ben"]


def test_region_total_and_unknown_region(engine):
    assert mod.region_total(engine, "apac") == 75.5
    assert mod.sales_by_rep(engine, "latam") == []


def test_bad_sort_rejected(engine):
    with pytest.raises(ValueError):
        mod.sales_by_rep(engine, "emea", "amount; DROP TABLE orders")
