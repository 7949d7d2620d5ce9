import importlib
import inspect
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
mod.register_user("maria", "correct horse battery")


def test_session_cookie_is_secure():
    resp = mod.app.test_client().post("/login", json={"username": "maria", "password": "correct horse battery"},
                                      base_url="https://localhost")
    cookie = resp.headers.get("Set-Cookie", "")
    assert cookie, "login should set a session cookie"
    assert "secure" in [p.strip().lower() for p in cookie.split(";")]


def test_secret_key_is_not_a_source_literal():
    key = mod.app.secret_key or mod.app.config.get("SECRET_KEY")
    assert key
    key_text = key.decode() if isinstance(key, bytes) else str(key)
    assert key_text not in inspect.getsource(mod)
