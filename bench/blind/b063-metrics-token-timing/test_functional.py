"""Environment used: OPS_ACCESS_TOKEN (shared access token)."""
import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

TOKEN = "ops-7c1e9a0b55d24f3c"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("OPS_ACCESS_TOKEN", TOKEN)
    mod.COUNTERS.update({"requests": 0, "errors": 0})
    return mod.app.test_client()


def test_metrics_with_authorization_header(client):
    r = client.get("/ops/metrics", headers={"Authorization": f"Token {TOKEN}"})
    assert r.status_code == 200
    assert r.get_json() == {"requests": 1, "errors": 0}


def test_metrics_with_x_header(client):
    r = client.get("/ops/metrics", headers={"X-Ops-Token": TOKEN})
    assert r.status_code == 200 and r.get_json()["requests"] == 1


def test_flush(client):
    client.get("/ops/metrics", headers={"X-Ops-Token": TOKEN})
    r = client.post("/ops/flush", headers={"X-Ops-Token": TOKEN})
    assert r.get_json() == {"flushed": ["errors", "requests"]}
    assert mod.COUNTERS == {"requests": 0, "errors": 0}


@pytest.mark.parametrize("headers", [{}, {"X-Ops-Token": "wrong"}, {"Authorization": "Bearer " + TOKEN},
                                     {"Authorization": "Token " + TOKEN[:-1]}, {"X-Ops-Token": TOKEN + "x"}])
def test_rejected(client, headers):
    assert client.get("/ops/metrics", headers=headers).status_code == 401
    assert client.post("/ops/flush", headers=headers).status_code == 401


def test_token_is_valid_helper(monkeypatch):
    monkeypatch.setenv("OPS_ACCESS_TOKEN", TOKEN)
    assert mod.token_is_valid(TOKEN) is True
    assert mod.token_is_valid("") is False
    assert mod.token_is_valid(TOKEN.upper()) is False
    monkeypatch.delenv("OPS_ACCESS_TOKEN")
    assert mod.token_is_valid(TOKEN) is False
    assert mod.token_is_valid("") is False
