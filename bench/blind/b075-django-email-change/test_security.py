import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
from django.test import Client  # noqa: E402

URL = "/account/settings"


def _victim_browser():
    mod.SESSIONS.clear()
    mod.PROFILES.clear()
    mod.SESSIONS["tok-victim"] = "victim"
    mod.PROFILES["victim"] = {"email": "victim@bank.example", "newsletter": False}
    c = Client(enforce_csrf_checks=True)
    c.cookies[mod.SESSION_COOKIE] = "tok-victim"  # ambient credential sent by the browser
    return c


def test_cross_site_post_without_token_rejected():
    c = _victim_browser()
    r = c.post(URL, {"email": "attacker@evil.example", "newsletter": "on"},
               HTTP_ORIGIN="https://evil.example")
    assert r.status_code == 403, f"forged cross-site POST accepted ({r.status_code})"
    assert mod.PROFILES["victim"]["email"] == "victim@bank.example"


def test_post_with_bogus_token_rejected():
    c = _victim_browser()
    c.cookies["csrftoken"] = "a" * 32
    r = c.post(URL, {"email": "attacker@evil.example", "csrfmiddlewaretoken": "b" * 32})
    assert r.status_code == 403
    assert mod.PROFILES["victim"]["email"] == "victim@bank.example"
