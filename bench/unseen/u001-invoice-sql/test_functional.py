import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_db(tmp_path):
    db = tmp_path / "billing.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT, amount REAL, status TEXT)")
    conn.executemany(
        "INSERT INTO invoices (customer, amount, status) VALUES (?, ?, ?)",
        [("alice", 120.0, "paid"), ("alice", 80.5, "open"), ("bob", 999.99, "open")],
    )
    conn.commit()
    conn.close()
    return str(db)


def test_lists_only_the_customers_invoices(tmp_path):
    client = mod.create_app(make_db(tmp_path)).test_client()
    resp = client.get("/invoices", query_string={"customer": "alice"})
    assert resp.status_code == 200
    data = resp.get_json()
    assert sorted(row["amount"] for row in data) == [80.5, 120.0]
    assert all(row["customer"] == "alice" for row in data)


def test_status_filter(tmp_path):
    client = mod.create_app(make_db(tmp_path)).test_client()
    resp = client.get("/invoices", query_string={"customer": "alice", "status": "open"})
    assert resp.status_code == 200
    assert [row["amount"] for row in resp.get_json()] == [80.5]


def test_unknown_customer_gives_empty_list(tmp_path):
    client = mod.create_app(make_db(tmp_path)).test_client()
    resp = client.get("/invoices", query_string={"customer": "carol"})
    assert resp.status_code == 200
    assert resp.get_json() == []


def test_missing_customer_is_rejected(tmp_path):
    client = mod.create_app(make_db(tmp_path)).test_client()
    assert client.get("/invoices").status_code == 400
