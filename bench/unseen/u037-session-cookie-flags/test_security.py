import importlib
import os

from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_session_cookie_has_protective_attributes():
    users = {"alice": generate_password_hash("s3cret-pw", method="pbkdf2:sha256:1000")}
    client = mod.create_app(users).test_client()
    resp = client.post("/login", json={"username": "alice", "password": "s3cret-pw"},
                       base_url="https://portal.example.com")
    cookies = resp.headers.getlist("Set-Cookie")
    assert cookies, "login must still set a session cookie"
    for header in cookies:
        attrs = [part.strip().lower() for part in header.split(";")[1:]]
        assert "secure" in attrs, header          # never sent over plain HTTP
        assert "httponly" in attrs, header        # not readable from JavaScript
        assert any(a in ("samesite=lax", "samesite=strict") for a in attrs), header
