import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BASE = "https://support.example.com"


@pytest.fixture
def client():
    app = mod.create_app(lambda u, p: (u, p) == ("ada", "lovelace"))
    return app.test_client()


def test_login_whoami_logout(client):
    resp = client.post("/login", json={"username": "ada", "password": "lovelace"}, base_url=BASE)
    assert resp.status_code == 200
    cookie = client.get_cookie(mod.SESSION_COOKIE, domain="support.example.com")
    assert cookie is not None and len(cookie.value) >= 32
    assert cookie.max_age == mod.SESSION_TTL
    assert client.get("/whoami", base_url=BASE).get_json() == {"user": "ada"}
    client.post("/logout", base_url=BASE)
    assert client.get("/whoami", base_url=BASE).status_code == 401


def test_bad_credentials(client):
    resp = client.post("/login", json={"username": "ada", "password": "x"}, base_url=BASE)
    assert resp.status_code == 401
    assert "Set-Cookie" not in resp.headers


def test_session_ids_are_unique():
    store = mod.SessionStore()
    assert store.create("a") != store.create("a")
