import importlib
import os
import sqlite3

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:", check_same_thread=False)
    c.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer TEXT, subject TEXT, status TEXT)")
    c.executemany(
        "INSERT INTO tickets (customer, subject, status) VALUES (?, ?, ?)",
        [("Ada Lovelace", "Invoice missing", "open"), ("Alan Turing", "Password reset", "closed")],
    )
    return c


def test_table_renders_rows(conn):
    body = TestClient(mod.create_app(conn)).get("/tickets").text
    assert "<th>Customer</th>" in body
    assert "<tr><td>1</td><td>Ada Lovelace</td><td>Invoice missing</td><td>open</td></tr>" in body
    assert "Alan Turing" in body


def test_status_filter(conn):
    body = TestClient(mod.create_app(conn)).get("/tickets", params={"status": "closed"}).text
    assert "Alan Turing" in body and "Ada Lovelace" not in body


def test_html_table_helper():
    out = mod.html_table(["a", "b"], [(1, "x")])
    assert out == "<table class='tickets'><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>x</td></tr></tbody></table>"
