import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
mod.add_user("kim", "kimchi-and-rice")


def _session_cookie_attrs():
    resp = TestClient(mod.app, base_url="https://testserver").post(
        "/login", json={"username": "kim", "password": "kimchi-and-rice"})
    headers = [v for k, v in resp.headers.multi_items() if k.lower() == "set-cookie"]
    cookie = next(h for h in headers if h.startswith(mod.SESSION_COOKIE + "="))
    return [part.strip().lower() for part in cookie.split(";")]


def test_session_cookie_httponly():
    assert "httponly" in _session_cookie_attrs()


def test_session_cookie_secure():
    assert "secure" in _session_cookie_attrs()
