import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "tickets.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, title TEXT, status TEXT, opened_on TEXT)")
        conn.executemany(
            "INSERT INTO tickets (title, status, opened_on) VALUES (?, ?, ?)",
            [("Printer jam", "open", "2024-01-05"), ("HR complaint", "confidential", "2020-01-01")],
        )
        conn.execute("CREATE TABLE staff (name TEXT, salary TEXT)")
        conn.execute("INSERT INTO staff VALUES ('ceo', 'SALARY-123456')")
    return str(path)


def _fetch(db, since, status):
    try:
        return mod.fetch_tickets(db, since, status)
    except sqlite3.Error as exc:
        pytest.fail(f"argument was parsed as SQL: {exc}")


def test_since_injection(db):
    rows = _fetch(db, "2099-01-01' OR 1=1 --", "open")
    assert rows == []


def test_status_injection(db):
    rows = _fetch(db, "2024-01-01", "open' OR status = 'confidential")
    assert all(r[2] != "confidential" for r in rows)
    assert rows == []


def test_union_through_cli(db, capsys):
    payload = "x' UNION SELECT 1, salary, name, '2030-01-01' FROM staff --"
    try:
        mod.main([db, "--since", "2024-01-01", "--status", payload])
    except sqlite3.Error as exc:
        pytest.fail(f"argument was parsed as SQL: {exc}")
    assert "SALARY-123456" not in capsys.readouterr().out
