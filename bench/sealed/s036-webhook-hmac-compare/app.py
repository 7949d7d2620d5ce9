"""Receive signed payment webhooks from the payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)

WEBHOOK_SECRET = (os.environ.get("PAYMENT_WEBHOOK_SECRET") or secrets.token_hex(32)).encode()
SIGNATURE_HEADER = "X-Signature-SHA256"
PROCESSED: list[dict] = []


def compute_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, signature: str, secret: bytes = WEBHOOK_SECRET) -> bool:
    """Check the provider's ``sha256=<hex>`` signature for ``body``."""
    if not signature.startswith("sha256="):
        return False
    supplied = signature[len("sha256="):].strip().lower()
    expected = compute_signature(body, secret)
    return expected == supplied


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    if not verify_signature(body, request.headers.get(SIGNATURE_HEADER, "")):
        return jsonify({"error": "bad signature"}), 401
    event = json.loads(body)
    PROCESSED.append(event)
    return jsonify({"received": event.get("id")}), 200
