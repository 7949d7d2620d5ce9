import importlib, os

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResp:
    def __init__(self, code, payload):
        self.status_code = code
        self._payload = payload

    def json(self):
        if isinstance(self._payload, Exception):
            raise self._payload
        return self._payload


@pytest.fixture
def calls(monkeypatch):
    seen = []

    def fake_request(self, method, url, **kw):
        seen.append(url)
        if "down" in url:
            raise requests.ConnectionError("down")
        if "html" in url:
            return FakeResp(200, ValueError("not json"))
        return FakeResp(200, {"status": {"indicator": "minor", "description": "Partial outage"}})

    monkeypatch.setattr(requests.Session, "request", fake_request)
    return seen


def test_fetch_company_pages(calls):
    client = mod.StatusPageClient()
    s = client.fetch("https://status.example.com/")
    assert s == mod.StatusSummary("https://status.example.com/api/v2/status.json", 200, "minor", "Partial outage")
    s = client.fetch("  http://example.com  ")
    assert s.url == "http://example.com/api/v2/status.json"
    s = client.fetch("https://eu.status.example.com")
    assert s.indicator == "minor"
    assert calls == ["https://status.example.com/api/v2/status.json", "http://example.com/api/v2/status.json",
                     "https://eu.status.example.com/api/v2/status.json"]


def test_rejected_and_errors(calls):
    client = mod.StatusPageClient()
    assert client.fetch("https://status.othercorp.io") is None
    assert client.fetch("ftp://status.example.com") is None
    assert client.fetch("https://down.example.com") is None
    assert client.fetch("https://html.example.com") is None
    assert calls == ["https://down.example.com/api/v2/status.json", "https://html.example.com/api/v2/status.json"]
