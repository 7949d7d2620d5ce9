"""Integration settings: send a test event to a configured webhook."""
from __future__ import annotations

import json
import urllib.error
from datetime import datetime, timezone
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from flask import Flask, jsonify, request

app = Flask(__name__)

ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "discord.com", "hooks.example.com"}
TIMEOUT_SECONDS = 5


def build_test_event(workspace: str) -> bytes:
    event = {
        "type": "webhook.test",
        "workspace": workspace,
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }
    return json.dumps(event).encode("utf-8")


def is_allowed_webhook(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "").lower() in ALLOWED_WEBHOOK_HOSTS


def deliver(url: str, body: bytes) -> int:
    """POST ``body`` to ``url`` and return the HTTP status code."""
    if not is_allowed_webhook(url):
        raise ValueError("webhook host is not allowed")
    req = Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    with urlopen(req, timeout=TIMEOUT_SECONDS) as resp:
        return resp.status


@app.post("/integrations/webhook/test")
def test_webhook():
    payload = request.get_json(silent=True) or {}
    url = str(payload.get("url", "")).strip()
    workspace = str(payload.get("workspace", "default"))
    if not url:
        return jsonify({"error": "url is required"}), 400
    if not is_allowed_webhook(url):
        return jsonify({"error": "webhook host is not allowed"}), 400
    try:
        status = deliver(url, build_test_event(workspace))
    except urllib.error.URLError as exc:
        return jsonify({"delivered": False, "error": str(exc.reason)}), 502
    return jsonify({"delivered": 200 <= status < 300, "status": status})
