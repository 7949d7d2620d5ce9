import importlib, os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    mod.USERS.clear()
    return TestClient(mod.app)


def test_signup_then_login(client):
    r = client.post("/signup", json={"username": "maria", "password": "tr0ub4dor&3"})
    assert r.status_code == 201 and r.json() == {"username": "maria"}
    ok = client.post("/login", json={"username": "maria", "password": "tr0ub4dor&3"})
    assert ok.status_code == 200 and ok.json() == {"username": "maria", "status": "ok"}
    bad = client.post("/login", json={"username": "maria", "password": "tr0ub4dor&4"})
    assert bad.status_code == 401


def test_unknown_user(client):
    assert client.post("/login", json={"username": "ghost", "password": "whatever1"}).status_code == 401


def test_duplicate_and_validation(client):
    client.post("/signup", json={"username": "li", "password": "longenough"})
    assert client.post("/signup", json={"username": "li", "password": "longenough"}).status_code == 409
    assert client.post("/signup", json={"username": "kim", "password": "short"}).status_code == 400


def test_store_holds_digest_not_plaintext(client):
    client.post("/signup", json={"username": "omar", "password": "p@ssw0rd-omar"})
    stored = mod.USERS["omar"]
    assert isinstance(stored, str) and "p@ssw0rd" not in stored
    assert mod.check_password("p@ssw0rd-omar", stored) is True
