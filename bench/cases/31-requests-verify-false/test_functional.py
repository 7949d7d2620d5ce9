from __future__ import annotations

import importlib
import os
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

STOCK = {"A-1": 12, "B-2": 3, "C-3": 0}


class FakeResponse:
    def __init__(self, status: int, data: dict[str, Any]) -> None:
        self.status_code, self._data = status, data

    def json(self) -> dict[str, Any]:
        return self._data

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise requests.HTTPError(str(self.status_code))


@pytest.fixture(autouse=True)
def fake_service(monkeypatch: pytest.MonkeyPatch) -> None:
    def get(url: str, **kwargs: Any) -> FakeResponse:
        sku = url.rsplit("/", 1)[1]
        return FakeResponse(200, {"available": STOCK[sku]}) if sku in STOCK else FakeResponse(404, {})

    monkeypatch.setattr(requests, "get", get)


def test_get_stock() -> None:
    assert mod.get_stock("A-1") == 12


def test_unknown_sku() -> None:
    with pytest.raises(LookupError):
        mod.get_stock("Z-9")


def test_low_stock() -> None:
    assert mod.low_stock(["A-1", "B-2", "C-3"]) == ["B-2", "C-3"]
