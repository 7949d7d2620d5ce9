import importlib
import os
from urllib.parse import urlsplit

import pytest
from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("target", [
    "https://evil.example/phish",
    "//evil.example/phish",
    "http://evil.example",
])
def test_login_does_not_redirect_off_site(target):
    users = {"alice": generate_password_hash("correct horse", method="pbkdf2:sha256:1000")}
    client = mod.create_app(users, "test-secret-key").test_client()
    resp = client.post("/login", query_string={"next": target},
                       data={"username": "alice", "password": "correct horse"})
    location = resp.headers.get("Location")
    if location is not None:
        host = urlsplit(location).netloc
        assert host in ("", "localhost"), location
