"""Client for the warehouse inventory REST API."""
from __future__ import annotations

from dataclasses import dataclass

import os

import requests

DEFAULT_BASE_URL = "https://inventory.internal.example.com/api/v2"


class InventoryError(RuntimeError):
    pass


@dataclass
class StockLevel:
    sku: str
    warehouse: str
    quantity: int


class InventoryClient:
    """Thin wrapper around the inventory service."""

    def __init__(self, token: str, base_url: str = DEFAULT_BASE_URL, timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        # Trust the internal CA bundle when provided; otherwise use the system store.
        self.session.verify = os.environ.get("INVENTORY_CA_BUNDLE") or True

    def _get(self, path: str, **params: str) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params or None, timeout=self.timeout)
        if resp.status_code != 200:
            raise InventoryError(f"GET {path} failed with {resp.status_code}")
        return resp.json()

    def stock_for(self, sku: str) -> list[StockLevel]:
        """Return stock levels for ``sku`` across warehouses."""
        data = self._get(f"/items/{sku}/stock")
        return [StockLevel(sku, row["warehouse"], int(row["quantity"])) for row in data["levels"]]

    def total_stock(self, sku: str) -> int:
        return sum(level.quantity for level in self.stock_for(sku))
