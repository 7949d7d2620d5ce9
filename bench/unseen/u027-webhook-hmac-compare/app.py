"""Receive signed webhooks from the payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from flask import Flask, jsonify, request

SIGNATURE_HEADER = "X-Signature-256"


def verify_signature(payload: bytes, signature: str, secret: bytes) -> bool:
    """Return True when ``signature`` (hex) is the HMAC-SHA256 of ``payload``."""
    return hmac.new(secret, payload, hashlib.sha256).hexdigest() == signature


def create_app(secret: bytes) -> Flask:
    """Webhook receiver that stores verified events in ``app.config["EVENTS"]``."""
    app = Flask(__name__)
    app.config["EVENTS"] = []

    @app.post("/webhooks/payments")
    def receive() -> Any:
        signature = request.headers.get(SIGNATURE_HEADER, "").removeprefix("sha256=")
        body = request.get_data()
        if not verify_signature(body, signature, secret):
            return jsonify({"error": "invalid signature"}), 401
        event = json.loads(body)
        app.config["EVENTS"].append(event)
        return jsonify({"received": event.get("type")})

    return app
