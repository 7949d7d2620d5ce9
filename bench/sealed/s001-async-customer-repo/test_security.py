import asyncio
import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


async def _seed():
    repo = mod.CustomerRepository(sqlite3.connect(":memory:"))
    await repo.init_schema()
    await repo.add("Alice", "alice@example.com", "pro")
    await repo.add("Bob", "bob@example.com", "free")
    await repo.add("Carol", "carol@example.com", "enterprise")
    return repo


def _run(tier, prefix=""):
    async def run():
        repo = await _seed()
        try:
            return await repo.find_by_tier(tier, prefix)
        except sqlite3.Error:
            return []

    return asyncio.run(run())


def test_tier_injection_returns_no_extra_rows():
    rows = _run("nosuchtier' OR '1'='1")
    assert rows == []


def test_prefix_injection_does_not_leak_other_tiers():
    rows = _run("free", "zzz' OR tier = 'enterprise' --")
    assert all(c.tier == "free" for c in rows)
    assert "Carol" not in [c.name for c in rows]
