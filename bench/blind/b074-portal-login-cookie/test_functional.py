import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BASE = "https://localhost"


@pytest.fixture
def client():
    mod.USERS.clear()
    mod.SESSIONS.clear()
    mod.register_user("dana", "correct horse")
    mod.register_user("eli", "battery staple")
    return mod.app.test_client()


def test_login_me_logout(client):
    r = client.post("/login", base_url=BASE, json={"username": "dana", "password": "correct horse"})
    assert r.status_code == 200
    assert r.get_json() == {"user": "dana"}
    cookie = client.get_cookie(mod.SESSION_COOKIE)
    assert cookie is not None and len(cookie.value) >= 40
    assert cookie.max_age == mod.SESSION_TTL
    assert client.get_cookie(mod.REMEMBER_COOKIE) is None
    assert client.get("/me", base_url=BASE).get_json() == {"user": "dana"}
    assert client.post("/logout", base_url=BASE).get_json() == {"ok": True}
    assert client.get("/me", base_url=BASE).status_code == 401


def test_remember_me(client):
    r = client.post("/login", base_url=BASE, json={"username": "eli", "password": "battery staple", "remember": True})
    assert r.status_code == 200
    rem = client.get_cookie(mod.REMEMBER_COOKIE)
    assert rem is not None and rem.max_age == mod.REMEMBER_TTL
    assert mod.SESSIONS[rem.value] == "eli"


def test_bad_credentials(client):
    assert client.post("/login", base_url=BASE, json={"username": "dana", "password": "nope"}).status_code == 401
    assert client.post("/login", base_url=BASE, json={"username": "ghost", "password": "x"}).status_code == 401
    assert client.post("/login", base_url=BASE, data="junk").status_code == 401
    assert client.get("/me", base_url=BASE).status_code == 401
