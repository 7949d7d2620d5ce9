import hashlib
import hmac
import importlib
import json
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
client = mod.app.test_client()


def _sign(body):
    return "sha256=" + hmac.new(mod.WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def test_valid_webhook_accepted():
    body = json.dumps({"id": "evt_1", "type": "payment.succeeded"}).encode()
    resp = client.post("/webhooks/payments", data=body, headers={mod.SIGNATURE_HEADER: _sign(body)})
    assert resp.status_code == 200
    assert resp.get_json() == {"received": "evt_1"}
    assert mod.PROCESSED[-1]["type"] == "payment.succeeded"


def test_bad_or_missing_signature_rejected():
    body = b'{"id": "evt_2"}'
    assert client.post("/webhooks/payments", data=body).status_code == 401
    assert client.post("/webhooks/payments", data=body, headers={mod.SIGNATURE_HEADER: "sha256=" + "0" * 64}).status_code == 401
    assert client.post("/webhooks/payments", data=body, headers={mod.SIGNATURE_HEADER: _sign(b"other")}).status_code == 401


def test_verify_helper():
    assert mod.verify_signature(b"abc", "sha256=" + mod.compute_signature(b"abc")) is True
    assert mod.verify_signature(b"abc", "md5=123") is False
    assert mod.verify_signature(b"abc", "sha256=" + mod.compute_signature(b"abc").upper()) is True
