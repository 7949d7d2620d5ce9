from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import os
import secrets

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_key_in_the_source_cannot_forge_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("APP_SECRET_KEY", "SECRET_KEY"):
        monkeypatch.setenv(name, secrets.token_hex(32))
    body = base64.urlsafe_b64encode(json.dumps({"role": "admin", "user": "mallory"}, sort_keys=True).encode())
    sig = hmac.new(b"dev-secret-key-7f3a9c", body, hashlib.sha256).hexdigest()
    assert mod.verify(f"{body.decode()}.{sig}") is None
