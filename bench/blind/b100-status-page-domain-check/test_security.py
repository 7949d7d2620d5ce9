import importlib, os

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResp:
    status_code = 200

    def json(self):
        return {"status": {"indicator": "none", "description": "ATTACKER-CONTROLLED"}}


@pytest.fixture
def calls(monkeypatch):
    seen = []

    def fake_request(self, method, url, **kw):
        seen.append(url)
        return FakeResp()

    monkeypatch.setattr(requests.Session, "request", fake_request)
    return seen


@pytest.mark.parametrize("url", [
    "https://evil-example.com",
    "https://attackerexample.com/",
    "http://notexample.com",
    "https://status.example.com@evil-example.com/",
    "http://lookalike-example.com",
])
def test_lookalike_hosts_not_fetched(calls, url):
    result = mod.StatusPageClient().fetch(url)
    assert calls == [], f"fetched {calls}"
    assert result is None
