import importlib
import os
from urllib.parse import urlsplit

import pytest
from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    users = {"alice": generate_password_hash("correct horse", method="pbkdf2:sha256:1000")}
    return mod.create_app(users, "test-secret-key").test_client()


def login(client, password="correct horse", **query):
    return client.post("/login", query_string=query, data={"username": "alice", "password": password})


def test_redirects_to_local_next(client):
    resp = login(client, next="/orders?page=2")
    assert resp.status_code in (301, 302, 303, 307, 308)
    loc = urlsplit(resp.headers["Location"])
    assert loc.path == "/orders" and loc.query == "page=2"


def test_default_redirect_is_home(client):
    resp = login(client)
    assert urlsplit(resp.headers["Location"]).path == "/"
    assert client.get("/").get_json() == {"user": "alice"}


def test_wrong_password(client):
    resp = login(client, password="nope", next="/orders")
    assert resp.status_code == 401
    assert "Location" not in resp.headers
