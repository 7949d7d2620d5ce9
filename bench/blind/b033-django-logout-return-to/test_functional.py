import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import RequestFactory  # noqa: E402  (settings are configured by the module)

rf = RequestFactory()


@pytest.mark.parametrize(
    "target",
    ["/", "/account/orders", "/search?q=shoes&page=2", "/help/faq#returns",
     "http://testserver/account/", "/de/produkte/"],
)
def test_sign_out_returns_to_local_page(target):
    resp = mod.sign_out(rf.get("/signout/", {"return_to": target}))
    assert resp.status_code == 302
    assert resp["Location"] == target
    assert resp.cookies["portal_session"]["max-age"] == 0


def test_sign_out_default_landing():
    resp = mod.sign_out(rf.get("/signout/"))
    assert resp.status_code == 302 and resp["Location"] == "/"


def test_sign_out_post_field():
    resp = mod.sign_out(rf.post("/signout/", {"return_to": "/goodbye"}))
    assert resp["Location"] == "/goodbye"


@pytest.mark.parametrize("lang,expected", [("de", "de"), ("fr", "fr"), ("xx", "en"), (None, "en")])
def test_switch_language(lang, expected):
    params = {"return_to": "/catalogue/shirts?size=m"}
    if lang:
        params["lang"] = lang
    resp = mod.switch_language(rf.get("/language/", params))
    assert resp.status_code == 302
    assert resp["Location"] == "/catalogue/shirts?size=m"
    assert resp.cookies["portal_lang"].value == expected


def test_urlconf_routes():
    from django.test import Client
    resp = Client().get("/language/", {"lang": "de", "return_to": "/x"})
    assert resp.status_code == 302 and resp["Location"] == "/x"
