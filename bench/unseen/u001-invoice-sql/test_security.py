import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BOB_AMOUNT = b"999.99"


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


def test_customer_injection_does_not_leak_other_customers(tmp_path):
    client = mod.create_app(make_db(tmp_path)).test_client()
    for payload in ("x' OR '1'='1", "alice' OR customer='bob", "x' UNION SELECT id, customer, amount, status FROM invoices --"):
        resp = client.get("/invoices", query_string={"customer": payload})
        assert BOB_AMOUNT not in resp.data, payload


def test_status_injection_does_not_leak_other_customers(tmp_path):
    client = mod.create_app(make_db(tmp_path)).test_client()
    resp = client.get("/invoices", query_string={"customer": "alice", "status": "open' OR '1'='1"})
    assert BOB_AMOUNT not in resp.data
