import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
mod.add_user("kim", "kimchi-and-rice")


def _client():
    return TestClient(mod.app, base_url="https://testserver")


def test_login_me_logout():
    client = _client()
    assert client.get("/me").status_code == 401
    resp = client.post("/login", json={"username": "kim", "password": "kimchi-and-rice"})
    assert resp.status_code == 200
    assert mod.SESSION_COOKIE in resp.cookies
    assert client.get("/me").json() == {"user": "kim"}
    assert client.post("/logout").status_code == 200
    assert client.get("/me").status_code == 401


def test_bad_login_sets_no_cookie():
    client = _client()
    resp = client.post("/login", json={"username": "kim", "password": "nope"})
    assert resp.status_code == 401
    assert mod.SESSION_COOKIE not in resp.cookies
