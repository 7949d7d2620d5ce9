
import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

def USERS(username, password):
    return (username, password) == ("alice", "correct horse")


@pytest.fixture
def client():
    return mod.create_app(USERS).test_client()


def test_remember_me_restores_login(client):
    resp = client.post("/login", data={"username": "alice", "password": "correct horse", "remember": "1"})
    assert resp.status_code == 200
    assert client.get_cookie(mod.REMEMBER_COOKIE) is not None
    me = client.get("/me")
    assert me.status_code == 200
    assert me.get_json() == {"user": "alice", "roles": ["member"]}


def test_without_remember_no_cookie(client):
    client.post("/login", data={"username": "alice", "password": "correct horse"})
    assert client.get_cookie(mod.REMEMBER_COOKIE) is None
    assert client.get("/me").status_code == 401


def test_bad_password(client):
    assert client.post("/login", data={"username": "alice", "password": "nope"}).status_code == 401


def test_garbage_cookie_is_anonymous(client):
    client.set_cookie(mod.REMEMBER_COOKIE, "not-a-token")
    assert client.get("/me").status_code == 401
