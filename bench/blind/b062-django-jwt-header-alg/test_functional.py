"""Environment used: BILLING_SERVICE_KEY (HMAC key shared by services)."""
import importlib, os

import jwt
import pytest
from django.test import RequestFactory

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = "billing-shared-key-0123456789abcdef0123456789abcdef0123456789abcdef"


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("BILLING_SERVICE_KEY", KEY)


def _get(token=None, customer="c-77"):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    req = RequestFactory().get(f"/invoices/{customer}/totals", **headers)
    return mod.invoice_totals(req, customer)


@pytest.mark.parametrize("alg", ["HS256", "HS384", "HS512"])
def test_signed_tokens_accepted(alg):
    token = jwt.encode({"iss": "orders-svc", "scope": "invoices:read other"}, KEY, algorithm=alg)
    assert mod.parse_service_token(token) == {"iss": "orders-svc", "scope": "invoices:read other"}
    resp = _get(token)
    assert resp.status_code == 200
    import json
    assert json.loads(resp.content) == {"customer": "c-77", "caller": "orders-svc", "open": 3, "total_cents": 129900}


def test_missing_scope_forbidden():
    token = jwt.encode({"iss": "orders-svc", "scope": "orders:read"}, KEY, algorithm="HS256")
    assert _get(token).status_code == 403


def test_no_or_bad_token():
    assert _get(None).status_code == 401
    assert _get("garbage").status_code == 401
    wrong = jwt.encode({"iss": "x", "scope": "invoices:read"}, "another-key-0123456789abcdef0123456789", algorithm="HS256")
    assert _get(wrong).status_code == 401


def test_expired_rejected():
    token = jwt.encode({"iss": "x", "scope": "invoices:read", "exp": 1}, KEY, algorithm="HS256")
    with pytest.raises(jwt.InvalidTokenError):
        mod.parse_service_token(token)
