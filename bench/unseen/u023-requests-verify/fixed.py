"""Client for the internal inventory REST API."""
from __future__ import annotations

from typing import Any

import requests


class InventoryClient:
    """Small wrapper around a requests session with auth and JSON handling."""

    def __init__(self, base_url: str, token: str, timeout: float = 10.0, ca_bundle: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        # Verify TLS; for a private CA pass its bundle path instead of disabling checks.
        self.session.verify = ca_bundle or True

    def _get(self, path: str, **params: Any) -> Any:
        resp = self.session.get(f"{self.base_url}{path}", params=params or None, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def get_item(self, sku: str) -> dict[str, Any]:
        """Fetch a single inventory item."""
        return self._get(f"/items/{sku}")

    def list_items(self, **filters: Any) -> list[dict[str, Any]]:
        """List items, e.g. ``list_items(category="tools")``."""
        return self._get("/items", **filters)["items"]
