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
                {"r": "south", "p": "sofa", "a": 900.0},
            ],
        )
        conn.execute(text("CREATE TABLE users (name TEXT, password TEXT)"))
        conn.execute(text("INSERT INTO users VALUES ('admin', 's3cret')"))
    return engine


def report(engine, region, sort_by="amount"):
    try:
        return mod.sales_report(engine, region, sort_by=sort_by)
    except Exception:
        return None


def test_region_injection_returns_no_other_regions(tmp_path):
    engine = make_engine(tmp_path)
    for payload in ("north' OR '1'='1", "x' UNION SELECT name, password, 0 FROM users --"):
        rows = report(engine, payload)
        assert "sofa" not in repr(rows), payload
        assert "s3cret" not in repr(rows), payload


def test_sort_column_cannot_be_used_as_boolean_oracle(tmp_path):
    engine = make_engine(tmp_path)
    oracle = (
        "CASE WHEN (SELECT substr(password, 1, 1) FROM users WHERE name = 'admin') = '{guess}' "
        "THEN amount ELSE -amount END"
    )
    right = report(engine, "north", oracle.format(guess="s"))
    wrong = report(engine, "north", oracle.format(guess="x"))
    # Either the expression is refused, or it cannot change the result depending on the secret.
    assert right is None or wrong is None or right == wrong
