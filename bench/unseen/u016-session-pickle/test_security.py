import base64
import importlib
import os
import pickle

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def session_secret(monkeypatch):
    for name in ("SESSION_SECRET", "SESSION_SECRET_KEY", "SECRET_KEY", "COOKIE_SECRET", "APP_SECRET_KEY"):
        monkeypatch.setenv(name, "test-signing-key-0123456789")


class Exploit:
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_crafted_cookie_does_not_execute_code(tmp_path):
    marker = tmp_path / "pwned"
    cookie = base64.b64encode(pickle.dumps(Exploit(str(marker)))).decode()
    try:
        mod.restore_session(cookie)
    except Exception:
        pass
    assert not marker.exists()


def test_crafted_cookie_header_does_not_execute_code(tmp_path):
    marker = tmp_path / "pwned2"
    cookie = base64.b64encode(pickle.dumps({"user": Exploit(str(marker))})).decode()
    try:
        mod.session_from_headers({"Cookie": f"{mod.COOKIE_NAME}={cookie}"})
    except Exception:
        pass
    assert not marker.exists()
