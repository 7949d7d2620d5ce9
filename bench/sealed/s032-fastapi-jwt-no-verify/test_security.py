import base64
import importlib
import json
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = TestClient(mod.app)


def _claims():
    now = datetime.now(timezone.utc)
    return {"sub": "mallory", "role": "admin", "iat": now, "exp": now + timedelta(minutes=5)}


def test_token_signed_with_attacker_key_rejected():
    forged = jwt.encode(_claims(), "attacker-chosen-key-that-is-long-enough", algorithm="HS256")
    resp = client.get("/admin/reports", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code == 401


def test_unsigned_alg_none_token_rejected():
    def b64(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    claims = {"sub": "mallory", "role": "admin", "exp": int((datetime.now(timezone.utc) + timedelta(minutes=5)).timestamp())}
    token = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."
    resp = client.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 401
