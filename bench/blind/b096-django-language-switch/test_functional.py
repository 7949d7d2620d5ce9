import importlib, os

from django.test import RequestFactory

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
rf = RequestFactory()


def test_get_redirects_to_local_return_to():
    r = mod.switch_language(rf.get("/i18n/switch/", {"lang": "DE", "return_to": "/orders/17?page=2"}))
    assert r.status_code == 302
    assert r["Location"] == "/orders/17?page=2"
    assert r.cookies["portal_lang"].value == "de"
    assert r.cookies["portal_lang"]["samesite"] == "Lax"


def test_post_and_absolute_same_host():
    r = mod.switch_language(rf.post("/i18n/switch/", {"lang": "fr", "return_to": "http://testserver/help/faq"}))
    assert r.status_code == 302
    assert r["Location"] == "http://testserver/help/faq"
    assert r.cookies["portal_lang"].value == "fr"


def test_referer_and_default():
    r = mod.switch_language(rf.get("/i18n/switch/", {"lang": "es"}, HTTP_REFERER="/billing/"))
    assert r["Location"] == "/billing/"
    r = mod.switch_language(rf.get("/i18n/switch/", {"lang": "en"}))
    assert r["Location"] == "/account/"


def test_unsupported_language():
    r = mod.switch_language(rf.get("/i18n/switch/", {"lang": "xx", "return_to": "/"}))
    assert r.status_code == 400
    assert "portal_lang" not in r.cookies
