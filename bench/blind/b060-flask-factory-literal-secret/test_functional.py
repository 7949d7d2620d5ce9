"""Environment used: NOTES_SECRET_KEY (session signing key), NOTES_TEAM."""
import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("NOTES_SECRET_KEY", "functional-test-signing-key")
    monkeypatch.delenv("NOTES_TEAM", raising=False)


def test_login_session_flow():
    client = mod.create_app({"TESTING": True}).test_client()
    assert client.get("/me").status_code == 401
    assert client.post("/login", json={"user": "ana", "password": "nope"}).status_code == 401
    r = client.post("/login", json={"user": "ana", "password": "ana-pass"})
    assert r.status_code == 200 and r.get_json() == {"user": "ana"}
    assert client.get("/me").get_json() == {"user": "ana", "team": "platform"}
    assert client.post("/logout").get_json() == {"ok": True}
    assert client.get("/me").status_code == 401


def test_team_from_env(monkeypatch):
    monkeypatch.setenv("NOTES_TEAM", "data")
    client = mod.create_app().test_client()
    client.post("/login", json={"user": "ben", "password": "ben-pass"})
    assert client.get("/me").get_json() == {"user": "ben", "team": "data"}


def test_overrides_applied():
    app = mod.create_app({"SECRET_KEY": "override-key", "NOTES_TEAM": "web"})
    assert app.config["SECRET_KEY"] == "override-key"
    assert app.config["NOTES_TEAM"] == "web"
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_session_cookie_set():
    client = mod.create_app().test_client()
    r = client.post("/login", json={"user": "ben", "password": "ben-pass"})
    assert "session=" in r.headers.get("Set-Cookie", "")
