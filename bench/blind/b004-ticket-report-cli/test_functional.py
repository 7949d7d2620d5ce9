import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest

TICKETS = [
    ("Printer jam", "open", "2024-01-05"),
    ("VPN down", "closed", "2024-02-01"),
    ("New laptop", "open", "2024-02-10"),
    ("Password reset", "open", "2023-12-30"),
    ("Email quota", "pending", "2024-03-01"),
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "tickets.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, title TEXT, status TEXT, opened_on TEXT)")
        conn.executemany("INSERT INTO tickets (title, status, opened_on) VALUES (?, ?, ?)", TICKETS)
    return str(path)


def test_fetch_open_since(db):
    rows = mod.fetch_tickets(db, "2024-01-01", "open")
    assert rows == [(1, "Printer jam", "open", "2024-01-05"), (3, "New laptop", "open", "2024-02-10")]


def test_fetch_other_status(db):
    assert mod.fetch_tickets(db, "2024-01-01", "closed") == [(2, "VPN down", "closed", "2024-02-01")]
    assert mod.fetch_tickets(db, "2025-01-01", "open") == []


def test_cli_output(db, capsys):
    assert mod.main([db, "--since", "2024-02-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "  ID  OPENED      STATUS    TITLE"
    assert out[1] == "   3  2024-02-10  open      New laptop"
    assert out[-1] == "1 ticket(s)"


def test_cli_status_option(db, capsys):
    mod.main([db, "--since", "2023-01-01", "--status", "pending"])
    out = capsys.readouterr().out
    assert "Email quota" in out and "1 ticket(s)" in out


def test_format_empty():
    assert mod.format_report([]).splitlines()[-1] == "0 ticket(s)"
