import importlib, os, asyncio, sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def repo(tmp_path):
    db = tmp_path / "help.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer TEXT, subject TEXT, status TEXT)")
        conn.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?)", [
            (1, "acme", "Printer jammed", "open"),
            (2, "victim", "Password reset for CFO", "open"),
            (3, "victim", "Wire transfer details", "closed"),
        ])
        conn.execute("CREATE TABLE agents (name TEXT, api_key TEXT)")
        conn.execute("INSERT INTO agents VALUES ('root', 'KEY-TOPSECRET')")
    conn.close()
    return mod.TicketRepository(str(db))


def run(coro):
    try:
        return asyncio.run(coro)
    except sqlite3.Error:
        return []


def test_status_injection(repo):
    res = run(repo.search("x' OR '1'='1"))
    assert res == [], f"status filter injected: {len(res)} rows"


def test_customer_injection(repo):
    res = run(repo.search("open", customer="acme' OR customer='victim"))
    assert not any(t.customer == "victim" for t in res), "customer filter injected"
    assert res == []


def test_keyword_union_exfiltration(repo):
    payload = "zzz%' UNION SELECT 0, name, api_key, 'x' FROM agents --"
    res = run(repo.search("open", keyword=payload))
    assert not any("KEY-TOPSECRET" in str(t) for t in res), "keyword filter allowed UNION exfiltration"


def test_count_open_injection(repo):
    try:
        n = asyncio.run(repo.count_open("nobody' OR '1'='1"))
    except sqlite3.Error:
        n = 0
    assert n == 0, "count_open customer injected"
