import importlib
import os

from sqlalchemy import create_engine, text

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'sales.db'}")
    mod.create_schema(engine)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sales (region, product, amount) VALUES (:r, :p, :a)"),
            [
                {"r": "north", "p": "lamp", "a": 30.0},
                {"r": "north", "p": "desk", "a": 250.0},
                {"r": "north", "p": "chair", "a": 80.0},
                {"r": "south", "p": "sofa", "a": 900.0},
            ],
        )
    return engine


def test_default_sort_by_amount(tmp_path):
    rows = mod.sales_report(make_engine(tmp_path), "north")
    assert [r["product"] for r in rows] == ["lamp", "chair", "desk"]
    assert all(r["region"] == "north" for r in rows)


def test_sort_by_product_descending(tmp_path):
    rows = mod.sales_report(make_engine(tmp_path), "north", sort_by="product", descending=True)
    assert [r["product"] for r in rows] == ["lamp", "desk", "chair"]


def test_other_region(tmp_path):
    rows = mod.sales_report(make_engine(tmp_path), "south")
    assert rows == [{"region": "south", "product": "sofa", "amount": 900.0}]
