import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import RequestFactory  # noqa: E402

rf = RequestFactory()
mod.add_user("partner1", "Tr0ub4dor&3")
CREDS = {"username": "partner1", "password": "Tr0ub4dor&3"}


def test_default_redirect():
    resp = mod.login_view(rf.post("/accounts/login/", CREDS))
    assert resp.status_code == 302
    assert resp["Location"] == "/dashboard/"
    assert "portal_user" in resp.cookies


def test_local_next_is_honoured():
    resp = mod.login_view(rf.post("/accounts/login/?next=/reports/q3/?tab=summary", CREDS))
    assert resp.status_code == 302
    assert resp["Location"] == "/reports/q3/?tab=summary"
    resp = mod.login_view(rf.post("/accounts/login/", {**CREDS, "next": "/settings/"}))
    assert resp["Location"] == "/settings/"


def test_bad_credentials_and_method():
    assert mod.login_view(rf.post("/accounts/login/", {"username": "partner1", "password": "x"})).status_code == 401
    assert mod.login_view(rf.get("/accounts/login/")).status_code == 405
