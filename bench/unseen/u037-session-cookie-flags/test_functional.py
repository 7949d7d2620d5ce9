import importlib
import os

import pytest
from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BASE = "https://portal.example.com"


@pytest.fixture
def client():
    users = {"alice": generate_password_hash("s3cret-pw", method="pbkdf2:sha256:1000")}
    return mod.create_app(users).test_client()


def test_login_then_me(client):
    resp = client.post("/login", json={"username": "alice", "password": "s3cret-pw"}, base_url=BASE)
    assert resp.status_code == 200
    assert any(h.startswith(f"{mod.SESSION_COOKIE}=") for h in resp.headers.getlist("Set-Cookie"))
    me = client.get("/me", base_url=BASE)
    assert me.status_code == 200 and me.get_json() == {"user": "alice"}


def test_wrong_password(client):
    resp = client.post("/login", json={"username": "alice", "password": "nope"}, base_url=BASE)
    assert resp.status_code == 401
    assert client.get("/me", base_url=BASE).status_code == 401
