import importlib
import os
from urllib.parse import urlsplit

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _client():
    return mod.create_app().test_client()


def test_login_then_dashboard():
    client = _client()
    client.post("/login", data={"user": "ada"})
    assert client.get("/dashboard").get_data(as_text=True) == "hello ada"


def test_logout_redirects_to_next_path():
    client = _client()
    client.post("/login", data={"user": "ada"})
    resp = client.get("/logout", query_string={"next": "/reports?month=5"})
    assert resp.status_code == 302
    loc = urlsplit(resp.headers["Location"])
    assert loc.path == "/reports" and loc.query == "month=5"
    assert client.get("/dashboard").status_code == 302


def test_logout_default_target():
    resp = _client().get("/logout")
    assert urlsplit(resp.headers["Location"]).path == "/login"
