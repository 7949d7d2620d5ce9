import importlib
import os
from http.cookies import SimpleCookie

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _session_cookie():
    app = mod.create_app(lambda u, p: True)
    resp = app.test_client().post("/login", json={"username": "ada", "password": "x"},
                                  base_url="https://support.example.com")
    headers = [h for h in resp.headers.getlist("Set-Cookie") if h.startswith(mod.SESSION_COOKIE + "=")]
    assert headers, "login did not set the session cookie"
    jar = SimpleCookie()
    jar.load(headers[0])
    return jar[mod.SESSION_COOKIE]


def test_session_cookie_not_readable_by_script():
    assert _session_cookie()["httponly"], "session cookie lacks HttpOnly (stealable via XSS)"


def test_session_cookie_never_sent_over_http():
    assert _session_cookie()["secure"], "session cookie lacks Secure (sent over plain HTTP)"
