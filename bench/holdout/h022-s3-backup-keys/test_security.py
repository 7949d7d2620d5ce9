import importlib
import inspect
import os

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LEAKED_ACCESS_KEY = "AKIA5QX3TZ7KDP2WMH4L"
LEAKED_SECRET = "q9Vt2Rk8Lw0Yx1Zc3Bn5Mm7Pp9Dd2Ff4Gg6Hh8J"


class FakeResponse:
    status_code = 200

    def raise_for_status(self):
        pass


def test_credentials_are_not_embedded_in_source():
    source = inspect.getsource(mod)
    assert LEAKED_ACCESS_KEY not in source and LEAKED_SECRET not in source


def test_default_client_does_not_use_builtin_keys(tmp_path, monkeypatch):
    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(var, raising=False)
    sent = []
    monkeypatch.setattr(requests.Session, "request",
                        lambda self, method, url, **kw: sent.append(kw) or FakeResponse())
    src = tmp_path / "uploads"
    src.mkdir()
    try:
        mod.backup_directory(str(src), "nightly")
    except Exception:
        pass
    auth = [kw.get("headers", {}).get("Authorization", "") for kw in sent]
    assert not any(LEAKED_ACCESS_KEY in a for a in auth), "request signed with a hard-coded key"
