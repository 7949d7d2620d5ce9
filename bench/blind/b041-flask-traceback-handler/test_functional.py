import importlib, os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path, monkeypatch):
    db = tmp_path / "billing.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount_cents INTEGER, currency TEXT)")
    conn.executemany("INSERT INTO invoices VALUES (?, ?, ?)",
                     [(1, 10800, "USD"), (2, 5000, "EUR"), (3, 8600, "GBP"), (4, 1625000, "JPY")])
    conn.commit()
    conn.close()
    monkeypatch.setattr(mod, "DB_PATH", str(db))
    return mod.app.test_client()


@pytest.mark.parametrize(
    "invoice,currency,total",
    [
        (1, "EUR", "100.00"),
        (1, "usd", "108.00"),
        (2, "GBP", "43.00"),
        (3, "EUR", "100.00"),
        (4, "EUR", "100.00"),
        (2, "JPY", "8125.00"),
    ],
)
def test_totals(client, invoice, currency, total):
    resp = client.get(f"/api/invoices/{invoice}/total", query_string={"currency": currency})
    assert resp.status_code == 200
    assert resp.get_json() == {"invoice": invoice, "currency": currency.upper(), "total": total}


def test_default_currency(client):
    assert client.get("/api/invoices/2/total").get_json()["total"] == "50.00"


def test_unknown_invoice_is_404(client):
    resp = client.get("/api/invoices/999/total")
    assert resp.status_code == 404


def test_non_numeric_id_is_404(client):
    assert client.get("/api/invoices/abc/total").status_code == 404


def test_internal_failure_is_json_500(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "DB_PATH", str(tmp_path / "empty.sqlite3"))  # no invoices table
    resp = mod.app.test_client().get("/api/invoices/1/total")
    assert resp.status_code == 500
    assert resp.get_json()["error"] == "internal server error"


def test_convert_helper():
    assert str(mod.convert(10800, "USD", "GBP")) == "86.00"
