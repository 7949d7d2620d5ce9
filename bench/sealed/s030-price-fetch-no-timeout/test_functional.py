import importlib
import os
from decimal import Decimal

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PRICES = {"AAPL": "189.25", "MSFT": 410.5}


class FakeResp:
    def __init__(self, status, payload):
        self.status_code, self._payload = status, payload

    def json(self):
        return self._payload

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(str(self.status_code))


@pytest.fixture
def upstream(monkeypatch):
    calls = []

    def fake(url, params=None, headers=None, **kwargs):
        calls.append((url, params, headers))
        sym = (params or {}).get("symbol")
        if sym in PRICES:
            return FakeResp(200, {"symbol": sym, "price": PRICES[sym], "currency": "USD"})
        return FakeResp(404, {"error": "unknown"})

    monkeypatch.setattr(requests, "get", fake)
    monkeypatch.setattr(requests.Session, "get", lambda self, url, **kw: fake(url, **kw))
    return calls


def test_quote(upstream):
    q = mod.PriceFetcher("key-1").get_quote("aapl")
    assert q.symbol == "AAPL" and q.price == Decimal("189.25") and q.currency == "USD"
    url, params, headers = upstream[-1]
    assert url == mod.PRICE_API and params == {"symbol": "AAPL"} and headers["X-API-Key"] == "key-1"


def test_portfolio_value(upstream):
    assert mod.PriceFetcher("k").portfolio_value({"AAPL": 2, "MSFT": 1}) == Decimal("789.00")


def test_unknown_symbol(upstream):
    with pytest.raises(mod.PriceError):
        mod.PriceFetcher("k").get_quote("ZZZZ")
