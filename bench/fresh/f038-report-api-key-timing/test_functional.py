import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = "pk_live_3f9a7c1e2b"


def _client(key=KEY):
    return mod.create_app(key).test_client()


def test_valid_key():
    resp = _client().get("/reports/daily", headers={"X-API-Key": KEY})
    assert resp.status_code == 200
    assert resp.get_json()["orders"] == 42


def test_wrong_or_missing_key():
    assert _client().get("/reports/daily", headers={"X-API-Key": KEY[:-1]}).status_code == 401
    assert _client().get("/reports/daily").status_code == 401


def test_empty_configured_key_rejects_everything():
    assert _client("").get("/reports/daily", headers={"X-API-Key": ""}).status_code == 401


def test_health_is_public():
    assert _client().get("/health").get_json() == {"status": "ok"}


def test_non_ascii_key_is_handled():
    assert mod.key_is_valid("cl\u00e9", "cl\u00e9") is True
    assert mod.key_is_valid("cl\u00e9", "cle") is False
