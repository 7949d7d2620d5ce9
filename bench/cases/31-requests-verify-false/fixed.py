"""Client for the internal inventory service's REST API."""
from __future__ import annotations

from collections.abc import Iterable

import requests

BASE_URL = "https://inventory.internal.example"


def get_stock(sku: str, base_url: str = BASE_URL) -> int:
    """Units of `sku` available right now.

    Raises:
        LookupError: the service does not know the SKU.
        requests.HTTPError: any other error status.
    """
    resp = requests.get(f"{base_url}/api/stock/{sku}", verify=True, timeout=10)
    if resp.status_code == 404:
        raise LookupError(sku)
    resp.raise_for_status()
    return int(resp.json()["available"])


def low_stock(skus: Iterable[str], threshold: int = 5, base_url: str = BASE_URL) -> list[str]:
    """The SKUs whose stock is below `threshold`, in the given order."""
    return [sku for sku in skus if get_stock(sku, base_url) < threshold]
