"""Environment used: SKYCAST_API_KEY (the API key when none is passed)."""
import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    def __init__(self, status, payload):
        self.status_code = status
        self._payload = payload

    def json(self):
        return self._payload


class FakeSession:
    def __init__(self, status=200, payload=None):
        self.calls = []
        self.status = status
        self.payload = payload if payload is not None else {}

    def get(self, url, params=None, headers=None, timeout=None):
        self.calls.append({"url": url, "params": params, "headers": headers, "timeout": timeout})
        return FakeResponse(self.status, self.payload)


@pytest.fixture(autouse=True)
def key_env(monkeypatch):
    monkeypatch.setenv("SKYCAST_API_KEY", "env-key-for-tests")


def test_current_with_explicit_key():
    sess = FakeSession(payload={"temp": 21.5, "city": "Oslo"})
    client = mod.SkycastClient(api_key="explicit-key", base_url="https://w.example/v3/", session=sess, timeout=3)
    assert client.current("Oslo") == {"temp": 21.5, "city": "Oslo"}
    call = sess.calls[0]
    assert call["url"] == "https://w.example/v3/current"
    assert call["params"] == {"q": "Oslo", "units": "metric"}
    assert call["headers"] == {"X-Api-Key": "explicit-key", "Accept": "application/json"}
    assert call["timeout"] == 3


def test_forecast():
    sess = FakeSession(payload={"daily": [{"day": 1}, {"day": 2}]})
    client = mod.SkycastClient(api_key="k", session=sess)
    assert client.forecast("Lima", days=2) == [{"day": 1}, {"day": 2}]
    assert sess.calls[0]["params"] == {"q": "Lima", "days": 2}
    assert sess.calls[0]["url"].endswith("/forecast")
    assert mod.SkycastClient(api_key="k", session=FakeSession(payload={})).forecast("X") == []


def test_forecast_range():
    client = mod.SkycastClient(api_key="k", session=FakeSession())
    with pytest.raises(ValueError):
        client.forecast("Lima", days=0)
    with pytest.raises(ValueError):
        client.forecast("Lima", days=15)


def test_http_error():
    client = mod.SkycastClient(api_key="k", session=FakeSession(status=503))
    with pytest.raises(mod.SkycastError):
        client.current("Quito")


def test_default_construction_works_with_env():
    sess = FakeSession(payload={"ok": True})
    client = mod.SkycastClient(session=sess)
    assert client.current("Rome", units="imperial") == {"ok": True}
    assert sess.calls[0]["headers"]["X-Api-Key"]
    assert sess.calls[0]["params"] == {"q": "Rome", "units": "imperial"}
