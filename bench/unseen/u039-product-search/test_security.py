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


def get(client, term):
    return client.get("/search", query_string={"q": term}).get_data(as_text=True)


def test_sql_injection_cannot_read_other_tables(tmp_path):
    client = make_client(tmp_path)
    for payload in (
        "' UNION SELECT email || ':' || password_hash, 0 FROM users --",
        "zzz' OR 1=1 UNION SELECT password_hash, 1 FROM users WHERE '1'='1",
    ):
        assert "SECRETHASH42" not in get(client, payload), payload


def test_search_term_is_not_reflected_as_markup(tmp_path):
    client = make_client(tmp_path)
    body = get(client, "<script>alert(document.cookie)</script>")
    assert "<script" not in body.lower()
    body = get(client, "<img src=x onerror=alert(1)>")
    assert "<img" not in body.lower()
