import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_default_export():
    resp = TestClient(mod.app).get("/export")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    assert "report.csv" in resp.headers["content-disposition"]
    assert resp.text.splitlines() == ["region,revenue", "north,1200", "south,950"]


def test_custom_file_name():
    resp = TestClient(mod.app).get("/export", params={"name": "q3-revenue_2024"})
    assert resp.status_code == 200
    assert "q3-revenue_2024.csv" in resp.headers["content-disposition"]
