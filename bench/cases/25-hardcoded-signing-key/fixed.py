"""Signed, tamper-evident login tokens (``<payload>.<signature>``)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any



def _secret_key() -> bytes:
    key = os.environ.get("APP_SECRET_KEY")
    if not key:
        raise RuntimeError("APP_SECRET_KEY is not set")
    return key.encode("utf-8")


def _signature(body: bytes) -> str:
    return hmac.new(_secret_key(), body, hashlib.sha256).hexdigest()


def sign(payload: dict[str, Any]) -> str:
    """Serialize `payload` and append its HMAC-SHA256 signature."""
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode("utf-8"))
    return f"{body.decode('ascii')}.{_signature(body)}"


def verify(token: str) -> dict[str, Any] | None:
    """The payload of a token whose signature checks out, else None."""
    body, _, sig = token.rpartition(".")
    if not body or not hmac.compare_digest(sig, _signature(body.encode("ascii"))):
        return None
    data = json.loads(base64.urlsafe_b64decode(body))
    return data if isinstance(data, dict) else None
