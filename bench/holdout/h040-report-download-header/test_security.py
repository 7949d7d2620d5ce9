import importlib
import os
import sqlite3

import pytest
from werkzeug.http import parse_options_header

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    path = str(tmp_path / "usage.db")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE usage (report_id INT, day TEXT, api_calls INT, storage_gb REAL)")
        conn.execute("INSERT INTO usage VALUES (7, '2024-05-01', 1, 1.0)")
    mod.app.config["DATABASE"] = path
    mod.app.config["PROPAGATE_EXCEPTIONS"] = False
    return mod.app.test_client()


def test_name_cannot_inject_header_lines(client):
    resp = client.get("/reports/7/download",
                      query_string={"name": "x\r\nSet-Cookie: session=attacker\r\nX-Evil: 1"})
    assert resp.status_code == 200, "header value with CR/LF crashed the handler"
    assert "Set-Cookie" not in resp.headers and "X-Evil" not in resp.headers


def test_name_cannot_break_out_of_the_filename_parameter(client):
    resp = client.get("/reports/7/download",
                      query_string={"name": 'invoice.exe"; filename*=UTF-8\'\'invoice.exe; x="'})
    value, params = parse_options_header(resp.headers.get("Content-Disposition", ""))
    assert value == "attachment"
    assert params.get("filename", "").endswith(".csv"), f"download saved as {params}"
