import importlib
import os
from http.cookies import SimpleCookie

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _session_cookie():
    resp = mod.app.test_client().post(
        "/login", data={"email": "sam@example.org", "password": "rota-planner-1"})
    for header in resp.headers.getlist("Set-Cookie"):
        jar = SimpleCookie()
        jar.load(header)
        if mod.SESSION_COOKIE in jar:
            return jar[mod.SESSION_COOKIE], header
    raise AssertionError("no session cookie set")


def test_session_cookie_is_httponly():
    _, header = _session_cookie()
    assert "httponly" in header.lower(), "session token readable from JavaScript (XSS theft)"


def test_session_cookie_is_secure():
    _, header = _session_cookie()
    assert "; secure" in header.lower(), "session token may be sent over plain HTTP"
