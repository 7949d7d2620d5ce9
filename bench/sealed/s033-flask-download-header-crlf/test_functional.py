import csv
import importlib
import io
import os

from werkzeug.http import parse_options_header

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def _filename(resp):
    kind, params = parse_options_header(resp.headers["Content-Disposition"])
    assert kind == "attachment"
    return params.get("filename")


def test_default_export():
    resp = client.get("/transactions/export")
    assert resp.status_code == 200
    assert resp.mimetype == "text/csv"
    assert _filename(resp) == "transactions.csv"
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True))))
    assert [r["description"] for r in rows] == ["Coffee", "Salary", "Books"]
    assert rows[0]["date"] == "2024-04-01"


def test_custom_names():
    assert _filename(client.get("/transactions/export?filename=april-2024")) == "april-2024.csv"
    assert _filename(client.get("/transactions/export?filename=Report_Q1.csv")) == "Report_Q1.csv"
