from __future__ import annotations

import importlib
import os
from decimal import Decimal
from typing import Any

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    def raise_for_status(self) -> None:
        pass

    def json(self) -> dict[str, Any]:
        return {"base": "EUR", "rates": {"USD": 1.0825, "JPY": 162.4}}


@pytest.fixture(autouse=True)
def fake_service(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def get(url: str, **kwargs: Any) -> FakeResponse:
        calls.append({"url": url, **kwargs})
        return FakeResponse()

    monkeypatch.setattr(requests, "get", get)
    return calls


def test_fetch_rates(fake_service: list[dict[str, Any]]) -> None:
    assert mod.fetch_rates()["USD"] == Decimal("1.0825")
    assert fake_service[0]["params"] == {"base": "EUR"}


def test_convert() -> None:
    assert mod.convert(Decimal("100"), "USD") == Decimal("108.25")
    assert mod.convert(Decimal("2.345"), "EUR") == Decimal("2.34")
    with pytest.raises(KeyError):
        mod.convert(Decimal("1"), "GBP")
