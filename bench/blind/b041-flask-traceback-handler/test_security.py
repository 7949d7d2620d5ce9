import importlib, os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LEAK_SIGNS = ["Traceback (most recent call last)", 'File "', "KeyError", "sqlite3.", "OperationalError",
              "FX_PER_EUR", "SELECT amount_cents"]


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "srv" / "billing-prod.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount_cents INTEGER, currency TEXT)")
    conn.executemany("INSERT INTO invoices VALUES (?, ?, ?)", [(1, 1000, "EUR"), (2, 1000, "CHF")])
    conn.commit()
    conn.close()
    monkeypatch.setattr(mod, "DB_PATH", str(path))
    return path


def assert_no_leak(resp, extra=()):
    body = resp.get_data(as_text=True)
    for sign in [*LEAK_SIGNS, os.path.dirname(os.path.abspath(mod.__file__)), *extra]:
        assert sign not in body, f"response leaks {sign!r}: {body[:300]}"


def test_unknown_currency_query_does_not_leak_trace(db):
    resp = mod.app.test_client().get("/api/invoices/1/total?currency=XYZ")
    assert resp.status_code >= 400
    assert_no_leak(resp, [str(db)])


def test_bad_stored_data_does_not_leak_trace(db):
    resp = mod.app.test_client().get("/api/invoices/2/total")
    assert resp.status_code == 500
    assert_no_leak(resp, ["CHF"])


def test_database_failure_does_not_leak_trace(tmp_path, monkeypatch):
    broken = tmp_path / "no-such-dir" / "billing.sqlite3"
    monkeypatch.setattr(mod, "DB_PATH", str(broken))
    resp = mod.app.test_client().get("/api/invoices/1/total")
    assert resp.status_code == 500
    assert_no_leak(resp, [str(broken)])
