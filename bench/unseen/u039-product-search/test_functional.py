import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_client(tmp_path):
    db = tmp_path / "shop.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE products (name TEXT, price REAL)")
    conn.executemany("INSERT INTO products VALUES (?, ?)",
                     [("Desk Lamp", 29.0), ("Floor Lamp", 79.5), ("Office Chair", 149.0)])
    conn.execute("CREATE TABLE users (email TEXT, password_hash TEXT)")
    conn.execute("INSERT INTO users VALUES ('admin@shop.example', 'pbkdf2$SECRETHASH42')")
    conn.commit()
    conn.close()
    return mod.create_app(str(db)).test_client()


def test_search_lists_matches(tmp_path):
    resp = make_client(tmp_path).get("/search", query_string={"q": "lamp"})
    assert resp.status_code == 200
    body = resp.get_data(as_text=True)
    assert "Results for lamp" in body
    assert "<li>Desk Lamp - $29.00</li>" in body
    assert "<li>Floor Lamp - $79.50</li>" in body
    assert "Office Chair" not in body
    assert "2 product(s) found" in body


def test_no_results(tmp_path):
    body = make_client(tmp_path).get("/search", query_string={"q": "sofa"}).get_data(as_text=True)
    assert "0 product(s) found" in body
