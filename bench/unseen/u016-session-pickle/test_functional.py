import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def session_secret(monkeypatch):
    for name in ("SESSION_SECRET", "SESSION_SECRET_KEY", "SECRET_KEY", "COOKIE_SECRET", "APP_SECRET_KEY"):
        monkeypatch.setenv(name, "test-signing-key-0123456789")


def test_round_trip():
    data = {"user": "alice", "cart": [1, 2, 3], "admin": False, "theme": "dark"}
    assert mod.restore_session(mod.dump_session(data)) == data


def test_missing_or_garbage_cookie_gives_empty_session():
    assert mod.restore_session(None) == {}
    assert mod.restore_session("") == {}
    assert mod.restore_session("not-a-session") == {}


def test_from_cookie_header():
    cookie = mod.dump_session({"user": "bob"})
    headers = {"Cookie": f"lang=en; {mod.COOKIE_NAME}={cookie}"}
    assert mod.session_from_headers(headers) == {"user": "bob"}
