import asyncio
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


async def seeded(db_path):
    svc = mod.InventoryService(str(db_path))
    await svc.init_schema()
    await svc.add_item("T-100", "Hammer", "tools", 12)
    await svc.add_item("G-100", "Hose", "garden", 7)
    await svc.add_item("R-001", "Prototype X", "restricted", 1)
    return svc


def query(db_path, category):
    async def scenario():
        svc = await seeded(db_path)
        return await svc.items_in_category(category)

    try:
        return asyncio.run(scenario())
    except Exception:
        return []


def test_category_injection_returns_no_foreign_rows(tmp_path):
    for i, payload in enumerate(("nothing' OR '1'='1", "tools' OR category='restricted")):
        rows = query(tmp_path / f"inv{i}.db", payload)
        assert "Prototype X" not in repr(rows), payload


def test_union_injection_cannot_read_schema(tmp_path):
    rows = query(tmp_path / "inv.db", "x' UNION SELECT name, sql, type, 0 FROM sqlite_master --")
    assert "CREATE TABLE" not in repr(rows)
