import asyncio
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


async def seeded(tmp_path):
    svc = mod.InventoryService(str(tmp_path / "inventory.db"))
    await svc.init_schema()
    await svc.add_item("T-100", "Hammer", "tools", 12)
    await svc.add_item("T-200", "Wrench", "tools", 3)
    await svc.add_item("G-100", "Hose", "garden", 7)
    await svc.add_item("R-001", "Prototype X", "restricted", 1)
    return svc


def test_items_in_category(tmp_path):
    async def scenario():
        svc = await seeded(tmp_path)
        return await svc.items_in_category("tools")

    rows = asyncio.run(scenario())
    assert [r["sku"] for r in rows] == ["T-100", "T-200"]
    assert rows[0]["name"] == "Hammer" and rows[0]["qty"] == 12


def test_min_qty_filter(tmp_path):
    async def scenario():
        svc = await seeded(tmp_path)
        return await svc.items_in_category("tools", min_qty=5)

    assert [r["sku"] for r in asyncio.run(scenario())] == ["T-100"]


def test_unknown_category_is_empty(tmp_path):
    async def scenario():
        svc = await seeded(tmp_path)
        return await svc.items_in_category("kitchen")

    assert asyncio.run(scenario()) == []
