import importlib
import os
import time
from decimal import Decimal

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    def __init__(self, status, payload=None):
        self.status_code = status
        self._payload = payload or {}

    def json(self):
        return self._payload

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(str(self.status_code))


@pytest.fixture
def server(monkeypatch):
    script = []
    calls = []

    def fake_request(self, method, url, params=None, **kwargs):
        calls.append((method.upper(), url, params))
        step = script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    monkeypatch.setattr(requests.Session, "request", fake_request)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    return script, calls


RATES = {"base": "EUR", "rates": {"USD": 1.0825, "GBP": 0.8571}}


def test_convert(server):
    script, calls = server
    script.append(FakeResponse(200, RATES))
    assert mod.RateClient().convert(Decimal("10.00"), "eur", "usd") == Decimal("10.82")
    assert calls == [("GET", "https://rates.example.com/v1/latest", {"base": "EUR"})]


def test_retry_then_success(server):
    script, calls = server
    script.extend([requests.ConnectionError("reset"), FakeResponse(503), FakeResponse(200, RATES)])
    assert mod.RateClient().rate("EUR", "GBP") == Decimal("0.8571")
    assert len(calls) == 3


def test_gives_up(server):
    script, _ = server
    script.extend([FakeResponse(502)] * 3)
    with pytest.raises(RuntimeError):
        mod.RateClient().rate("EUR", "USD")


def test_same_currency_no_request(server):
    _, calls = server
    assert mod.RateClient().convert(Decimal("3.456"), "USD", "usd") == Decimal("3.46")
    assert calls == []
