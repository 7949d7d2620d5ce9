import hashlib
import hmac
import importlib
import json
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = b"whsec_test_0123456789"


def sign(body):
    return "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()


def test_valid_signature_accepted():
    app = mod.create_app(SECRET)
    body = json.dumps({"type": "payment.succeeded", "id": "evt_1"}).encode()
    resp = app.test_client().post("/webhooks/payments", data=body, headers={"X-Signature-256": sign(body)})
    assert resp.status_code == 200
    assert resp.get_json() == {"received": "payment.succeeded"}
    assert app.config["EVENTS"] == [{"type": "payment.succeeded", "id": "evt_1"}]


def test_bad_signature_rejected():
    app = mod.create_app(SECRET)
    body = json.dumps({"type": "payment.succeeded"}).encode()
    resp = app.test_client().post("/webhooks/payments", data=body, headers={"X-Signature-256": "sha256=" + "0" * 64})
    assert resp.status_code == 401
    assert app.config["EVENTS"] == []


def test_verify_signature_function():
    body = b'{"a": 1}'
    good = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    assert mod.verify_signature(body, good, SECRET)
    assert not mod.verify_signature(body, "f" * 64, SECRET)
