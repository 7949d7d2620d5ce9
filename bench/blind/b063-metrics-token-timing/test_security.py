"""Environment used: OPS_ACCESS_TOKEN. The token check must use a constant-time comparison."""
import hmac
import importlib, os
import secrets

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

TOKEN = "ops-7c1e9a0b55d24f3c"


@pytest.fixture
def recorder(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    monkeypatch.setattr(secrets, "compare_digest", spy)
    if hasattr(mod, "compare_digest"):
        monkeypatch.setattr(mod, "compare_digest", spy)
    monkeypatch.setenv("OPS_ACCESS_TOKEN", TOKEN)
    return calls


def _as_text(v):
    return v.decode("utf-8", "replace") if isinstance(v, (bytes, bytearray)) else str(v)


@pytest.mark.parametrize("guess", ["ops-7c1e9a0b55d24f3X", "AAAAAAAAAAAAAAAAAAAA", TOKEN])
def test_helper_uses_constant_time_compare(recorder, guess):
    result = mod.token_is_valid(guess)
    assert result is (guess == TOKEN)
    compared = [{_as_text(a), _as_text(b)} for a, b in recorder]
    assert {guess, TOKEN} in compared, "token compared with a short-circuiting operator"


@pytest.mark.parametrize("headers", [{"X-Ops-Token": "ops-7c1e0000"}, {"Authorization": "Token ops-7c1e9a0b55d24f3d"}])
def test_endpoints_use_constant_time_compare(recorder, headers):
    client = mod.app.test_client()
    assert client.get("/ops/metrics", headers=headers).status_code == 401
    assert client.post("/ops/flush", headers=headers).status_code == 401
    assert len(recorder) >= 2, "endpoint token check is not constant-time"
