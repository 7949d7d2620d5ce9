import importlib, os, asyncio, sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ROWS = [
    (1, "acme", "Printer jammed", "open"),
    (2, "acme", "Invoice missing", "closed"),
    (3, "globex", "Printer toner low", "open"),
    (4, "acme", "VPN login fails", "open"),
    (5, "initech", "Printer on fire", "closed"),
]


@pytest.fixture
def repo(tmp_path):
    db = tmp_path / "help.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer TEXT, subject TEXT, status TEXT)")
        conn.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?)", ROWS)
    conn.close()
    return mod.TicketRepository(str(db))


def T(i):
    return mod.Ticket(*ROWS[i - 1])


def test_search_by_status(repo):
    assert asyncio.run(repo.search("open")) == [T(1), T(3), T(4)]
    assert asyncio.run(repo.search("closed")) == [T(2), T(5)]
    assert asyncio.run(repo.search("pending")) == []


def test_search_filters(repo):
    assert asyncio.run(repo.search("open", customer="acme")) == [T(1), T(4)]
    assert asyncio.run(repo.search("open", keyword="Printer")) == [T(1), T(3)]
    assert asyncio.run(repo.search("open", customer="acme", keyword="VPN")) == [T(4)]
    assert asyncio.run(repo.search("closed", keyword="fire")) == [T(5)]
    assert asyncio.run(repo.search("open", customer="", keyword=None)) == [T(1), T(3), T(4)]


def test_result_types(repo):
    res = asyncio.run(repo.search("open", customer="globex"))
    assert len(res) == 1 and isinstance(res[0], mod.Ticket) and isinstance(res[0].id, int)


def test_count_open(repo):
    assert asyncio.run(repo.count_open("acme")) == 2
    assert asyncio.run(repo.count_open("initech")) == 0
    assert asyncio.run(repo.count_open("nobody")) == 0


def test_concurrent(repo):
    async def both():
        return await asyncio.gather(repo.search("open"), repo.count_open("globex"))
    a, b = asyncio.run(both())
    assert len(a) == 3 and b == 1
