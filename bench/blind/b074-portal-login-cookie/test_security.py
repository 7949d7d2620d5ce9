import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BASE = "https://localhost"


def _set_cookie_attrs(resp, name):
    for header in resp.headers.getlist("Set-Cookie"):
        if header.startswith(name + "="):
            return [p.strip().lower() for p in header.split(";")[1:]]
    raise AssertionError(f"{name} cookie not set")


def _login(remember):
    mod.USERS.clear()
    mod.SESSIONS.clear()
    mod.register_user("dana", "correct horse")
    client = mod.app.test_client()
    return client.post("/login", base_url=BASE, json={"username": "dana", "password": "correct horse",
                                       "remember": remember})


def test_session_cookie_flags():
    resp = _login(False)
    attrs = _set_cookie_attrs(resp, mod.SESSION_COOKIE)
    assert "secure" in attrs, "session cookie sent over plain HTTP"
    assert "httponly" in attrs, "session cookie readable from JavaScript"


def test_remember_cookie_flags():
    resp = _login(True)
    attrs = _set_cookie_attrs(resp, mod.REMEMBER_COOKIE)
    assert "secure" in attrs, "remember-me cookie sent over plain HTTP"
    assert "httponly" in attrs, "remember-me cookie readable from JavaScript"
