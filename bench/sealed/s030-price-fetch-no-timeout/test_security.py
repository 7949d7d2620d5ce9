import importlib
import os

import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResp:
    status_code = 200

    def json(self):
        return {"symbol": "AAPL", "price": "1.00"}

    def raise_for_status(self):
        pass


def _finite(timeout):
    if timeout is None:
        return False
    parts = timeout if isinstance(timeout, tuple) else (timeout,)
    return all(p is not None and 0 < float(p) <= 120 for p in parts)


def test_outgoing_request_has_timeout(monkeypatch):
    seen = []

    def fake_get(url, **kwargs):
        seen.append(kwargs.get("timeout"))
        return FakeResp()

    def fake_session_request(self, method, url, **kwargs):
        seen.append(kwargs.get("timeout"))
        return FakeResp()

    monkeypatch.setattr(requests, "get", fake_get)
    monkeypatch.setattr(requests.Session, "request", fake_session_request)
    mod.PriceFetcher("k").get_quote("AAPL")
    assert seen, "no request captured"
    assert all(_finite(t) for t in seen), f"timeouts used: {seen}"
