"""Environment used: BILLING_SERVICE_KEY (HMAC key shared by services)."""
import base64
import importlib, os
import json

import jwt
import pytest
from django.test import RequestFactory

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = "billing-shared-key-0123456789abcdef0123456789abcdef0123456789abcdef"
CLAIMS = {"iss": "attacker", "scope": "invoices:read"}


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("BILLING_SERVICE_KEY", KEY)


def _b64(obj):
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def _unsigned(alg):
    return f"{_b64({'alg': alg, 'typ': 'JWT'})}.{_b64(CLAIMS)}."


@pytest.mark.parametrize("alg", ["none", "None", "NONE"])
def test_unsigned_token_rejected_by_parser(alg):
    with pytest.raises(jwt.InvalidTokenError):
        mod.parse_service_token(_unsigned(alg))


def test_unsigned_token_rejected_by_view():
    req = RequestFactory().get("/invoices/c-1/totals", HTTP_AUTHORIZATION=f"Bearer {_unsigned('none')}")
    resp = mod.invoice_totals(req, "c-1")
    assert resp.status_code == 401, "unsigned token granted access to invoices"


def test_library_none_token_rejected():
    token = jwt.encode(CLAIMS, None, algorithm="none")
    req = RequestFactory().get("/invoices/c-2/totals", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert mod.invoice_totals(req, "c-2").status_code == 401
