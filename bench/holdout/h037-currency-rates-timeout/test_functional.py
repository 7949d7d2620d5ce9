import importlib
import os
import time
from decimal import Decimal

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Resp:
    def __init__(self, status, payload=None):
        self.status_code, self._payload = status, payload

    def json(self):
        return self._payload

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(str(self.status_code))


@pytest.fixture()
def script(monkeypatch):
    plan, calls, sleeps = [], [], []

    def fake_request(self, method, url, **kwargs):
        calls.append((url, kwargs.get("params")))
        step = plan.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    monkeypatch.setattr(requests.Session, "request", fake_request)
    monkeypatch.setattr(time, "sleep", sleeps.append)
    return plan, calls, sleeps


def test_fetch_success(script):
    plan, calls, _ = script
    plan.append(Resp(200, {"rates": {"usd": 1.0825, "GBP": 0.8531}}))
    rates = mod.fetch_rates("eur", ["USD"])
    assert rates == {"USD": Decimal("1.0825")}
    assert calls[0][1] == {"base": "EUR", "symbols": "USD"}
    assert mod.convert(Decimal("100"), "usd", rates) == Decimal("108.25")


def test_retries_then_succeeds(script):
    plan, calls, sleeps = script
    plan.extend([requests.ConnectionError("reset"), Resp(503), Resp(200, {"rates": {"CHF": 0.97}})])
    assert mod.fetch_rates() == {"CHF": Decimal("0.97")}
    assert len(calls) == 3 and sleeps == [1.0, 1.5]


def test_gives_up(script):
    plan, _, _ = script
    plan.extend([requests.ConnectionError("down")] * 2)
    with pytest.raises(mod.RatesUnavailable):
        mod.fetch_rates(attempts=2)
