import hmac
import importlib
import os
import secrets

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = "pk_live_3f9a7c1e2b"


class EarlyExitProbe(str):
    """A key whose == leaks how it is compared: records any short-circuiting str comparison."""

    probes = []

    def __eq__(self, other):
        EarlyExitProbe.probes.append("==")
        return str.__eq__(self, other)

    def __ne__(self, other):
        EarlyExitProbe.probes.append("!=")
        return str.__ne__(self, other)

    __hash__ = str.__hash__


def test_key_comparison_is_constant_time(monkeypatch):
    """The configured key must be compared with a constant-time primitive, never with ==."""
    constant_time_calls = []
    real = hmac.compare_digest

    def spy(a, b):
        constant_time_calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    monkeypatch.setattr(secrets, "compare_digest", spy)
    for name, value in list(vars(mod).items()):
        if value is real:
            monkeypatch.setattr(mod, name, spy)

    EarlyExitProbe.probes = []
    app = mod.create_app(EarlyExitProbe(KEY))
    resp = app.test_client().get("/reports/daily", headers={"X-API-Key": "pk_live_3f9a7c1e2X"})
    assert resp.status_code == 401
    assert EarlyExitProbe.probes == [], "API key compared with a short-circuiting == / !="
    assert constant_time_calls, "API key not compared with hmac.compare_digest"
