import asyncio
import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


async def _seed():
    repo = mod.CustomerRepository(sqlite3.connect(":memory:"))
    await repo.init_schema()
    await repo.add("Alice", "alice@example.com", "pro")
    await repo.add("Albert", "albert@example.com", "pro")
    await repo.add("Bob", "bob@example.com", "free")
    await repo.add("Carol", "carol@example.com", "enterprise")
    return repo


def test_find_by_tier():
    async def run():
        repo = await _seed()
        return await repo.find_by_tier("pro")

    found = asyncio.run(run())
    assert [c.name for c in found] == ["Alice", "Albert"]
    assert found[0].email == "alice@example.com"


def test_prefix_filter_and_count():
    async def run():
        repo = await _seed()
        by_prefix = await repo.find_by_tier("pro", "Alb")
        return by_prefix, await repo.count_by_tier("free"), await repo.find_by_tier("none")

    by_prefix, free_count, none = asyncio.run(run())
    assert [c.name for c in by_prefix] == ["Albert"]
    assert free_count == 1
    assert none == []


def test_add_returns_ids():
    async def run():
        repo = mod.CustomerRepository(sqlite3.connect(":memory:"))
        await repo.init_schema()
        first = await repo.add("Dan", "dan@example.com")
        second = await repo.add("Eve", "eve@example.com")
        return first, second, await repo.find_by_tier("free")

    first, second, rows = asyncio.run(run())
    assert second > first
    assert {c.name for c in rows} == {"Dan", "Eve"}
