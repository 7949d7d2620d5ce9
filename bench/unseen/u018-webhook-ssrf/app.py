"""'Send test event' button for customer-configured webhooks."""
from __future__ import annotations

from typing import Any

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

TIMEOUT_SECONDS = 5
PING_EVENT = {"event": "ping", "source": "acme-webhooks"}


@app.post("/api/webhooks/test")
def test_webhook() -> Any:
    """POST a ping event to the URL in the JSON body and report the status code."""
    payload = request.get_json(silent=True) or {}
    url = str(payload.get("url", "")).strip()
    if not url.startswith(("http://", "https://")):
        return jsonify({"error": "url must start with http:// or https://"}), 400
    try:
        resp = requests.post(url, json=PING_EVENT, timeout=TIMEOUT_SECONDS)
    except requests.RequestException as exc:
        return jsonify({"ok": False, "error": str(exc)}), 502
    return jsonify({"ok": resp.ok, "status": resp.status_code})
