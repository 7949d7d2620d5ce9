import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _finite(t):
    if t is None:
        return False
    if isinstance(t, tuple):
        return len(t) == 2 and all(x is not None and 0 < float(x) <= 120 for x in t)
    return 0 < float(t) <= 120


@pytest.fixture
def recorded(monkeypatch):
    seen = []

    class Resp:
        status_code = 200
        ok = True
        text = "1.0"

    def fake_get(url, **kwargs):
        seen.append((url, kwargs.get("timeout")))
        return Resp()

    def fake_request(method, url, **kwargs):
        seen.append((url, kwargs.get("timeout")))
        return Resp()

    monkeypatch.setattr(mod.requests, "get", fake_get)
    monkeypatch.setattr(mod.requests, "request", fake_request)
    return seen


def test_health_and_version_calls_have_timeouts(recorded):
    mod.check_all({"api": "http://api.local", "auth": "http://auth.local"})
    assert len(recorded) == 4
    for url, timeout in recorded:
        assert _finite(timeout), f"no bounded timeout on request to {url}"


def test_fetch_version_timeout(recorded):
    mod.fetch_version("http://api.local")
    assert recorded and _finite(recorded[0][1])
