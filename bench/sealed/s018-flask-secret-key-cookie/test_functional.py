import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
mod.register_user("maria", "correct horse battery")


def test_login_and_me():
    client = mod.app.test_client()
    assert client.get("/me", base_url="https://localhost").status_code == 401
    resp = client.post("/login", json={"username": "maria", "password": "correct horse battery"},
                       base_url="https://localhost")
    assert resp.status_code == 200
    me = client.get("/me", base_url="https://localhost")
    assert me.status_code == 200 and me.get_json() == {"user": "maria"}


def test_wrong_password():
    client = mod.app.test_client()
    resp = client.post("/login", json={"username": "maria", "password": "nope"}, base_url="https://localhost")
    assert resp.status_code == 401
    assert client.post("/login", json={}, base_url="https://localhost").status_code == 401


def test_cookie_is_httponly():
    resp = mod.app.test_client().post("/login", json={"username": "maria", "password": "correct horse battery"},
                                      base_url="https://localhost")
    cookie = resp.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie
