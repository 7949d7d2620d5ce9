import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    path = str(tmp_path / "usage.db")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE usage (report_id INT, day TEXT, api_calls INT, storage_gb REAL)")
        conn.executemany("INSERT INTO usage VALUES (?, ?, ?, ?)", [
            (7, "2024-05-02", 1800, 12.5), (7, "2024-05-01", 1520, 12.4), (8, "2024-05-01", 3, 0.1)])
    mod.app.config["DATABASE"] = path
    return mod.app.test_client()


def test_csv_body(client):
    resp = client.get("/reports/7/download")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    lines = resp.get_data(as_text=True).splitlines()
    assert lines == ["day,api_calls,storage_gb", "2024-05-01,1520,12.4", "2024-05-02,1800,12.5"]


def test_default_and_custom_filenames(client):
    cd = client.get("/reports/7/download").headers["Content-Disposition"]
    assert cd.startswith('attachment; filename="usage-report-7.csv"')
    cd = client.get("/reports/7/download?name=May 2024 usage").headers["Content-Disposition"]
    assert 'filename="May 2024 usage.csv"' in cd


def test_unknown_report(client):
    assert client.get("/reports/99/download").status_code == 404
