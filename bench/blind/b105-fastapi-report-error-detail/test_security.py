import importlib, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("report", ["daily-sales", "top-customers"])
def test_missing_table_error_is_generic(tmp_path, monkeypatch, report):
    db = tmp_path / "internal-warehouse-5d2b.sqlite3"
    monkeypatch.setattr(mod, "DB_PATH", str(db))
    r = TestClient(mod.app).get(f"/reports/{report}")
    assert r.status_code == 500
    body = r.text
    assert "internal-warehouse-5d2b" not in body
    assert "no such table" not in body
    assert "SELECT" not in body and "FROM sales" not in body
    assert "sqlite" not in body.lower()


def test_unopenable_database_error_is_generic(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "DB_PATH", str(tmp_path / "missing-dir-8e4f" / "x.db"))
    r = TestClient(mod.app).get("/reports/daily-sales")
    assert r.status_code == 500
    assert "missing-dir-8e4f" not in r.text
    assert "unable to open" not in r.text
