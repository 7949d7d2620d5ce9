import csv
import importlib
import os
import tempfile

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ORDERS = [
    ("A-1", "ann@example.com", 19.99, "paid"),
    ("A-2", "bob@example.com", 5.0, "refunded"),
    ("A-3", "cy@example.com", 42.5, "paid"),
]


@pytest.fixture(autouse=True)
def tmpdir_for_tempfile(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_export_all(tmp_path):
    path = mod.export_orders_csv([mod.OrderRow(*o) for o in ORDERS])
    assert path.exists() and str(path).endswith(".csv")
    rows = _rows(path)
    assert rows[0] == ["order_id", "customer_email", "total", "status"]
    assert rows[1] == ["A-1", "ann@example.com", "19.99", "paid"]
    assert len(rows) == 4


def test_export_status_and_unique_paths():
    orders = [mod.OrderRow(*o) for o in ORDERS]
    p1 = mod.export_status(orders, "paid")
    p2 = mod.export_status(orders, "paid")
    assert p1 != p2
    assert [r[0] for r in _rows(p1)[1:]] == ["A-1", "A-3"]
