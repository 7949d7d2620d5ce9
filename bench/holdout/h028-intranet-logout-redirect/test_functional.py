import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import Client  # noqa: E402


def test_logout_redirects_to_local_page_and_clears_cookie():
    client = Client()
    client.cookies["corp_sso"] = "jdoe"
    resp = client.get("/sso/logout/", {"return_to": "/wiki/Home?tab=recent"})
    assert resp.status_code == 302
    assert resp["Location"] == "/wiki/Home?tab=recent"
    assert resp.cookies["corp_sso"]["max-age"] == 0


def test_logout_default_target_and_post():
    client = Client()
    assert client.get("/sso/logout/")["Location"] == "/"
    resp = client.post("/sso/logout/", {"return_to": "/timesheets/"})
    assert resp["Location"] == "/timesheets/"


def test_absolute_url_on_own_host_is_allowed():
    client = Client(HTTP_HOST="intranet.corp.example")
    resp = client.get("/sso/logout/", {"return_to": "http://intranet.corp.example/news/"})
    assert resp["Location"] == "http://intranet.corp.example/news/"


def test_whoami():
    client = Client()
    client.cookies["corp_sso"] = "jdoe"
    assert client.get("/sso/whoami/").json() == {"authenticated": True, "user": "jdoe"}
