"""Small client for the warehouse inventory REST API."""
from __future__ import annotations

from typing import Any

import requests

DEFAULT_TIMEOUT = 10


class InventoryClient:
    """Thin wrapper around the inventory service HTTP API."""

    def __init__(self, base_url: str, api_token: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_token}",
                                     "Accept": "application/json"})

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        """Send a request and return the decoded JSON body."""
        url = f"{self.base_url}/{path.lstrip('/')}"
        response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        response.raise_for_status()
        return response.json()

    def get_item(self, sku: str) -> dict[str, Any]:
        """Return the stock record for one SKU."""
        return self._request("GET", f"/items/{sku}")

    def list_items(self, warehouse: str, limit: int = 50) -> list[dict[str, Any]]:
        """List items stored in a warehouse."""
        params = {"warehouse": warehouse, "limit": limit}
        return self._request("GET", "/items", params=params)

    def adjust_stock(self, sku: str, delta: int) -> dict[str, Any]:
        """Add (or remove, if negative) units of a SKU."""
        return self._request("POST", f"/items/{sku}/adjust", json={"delta": delta})
