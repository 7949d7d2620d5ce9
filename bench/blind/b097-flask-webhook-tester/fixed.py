"""Integrations settings: let customers send a test event to their webhook."""
from __future__ import annotations

import ipaddress
import json
import socket
from datetime import datetime, timezone
from typing import Any, Dict
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

SAMPLE_EVENTS: Dict[str, Dict[str, Any]] = {
    "ping": {"type": "ping", "message": "Webhook configured correctly"},
    "invoice.paid": {"type": "invoice.paid", "invoice_id": "inv_test_001", "amount": 4200},
}
TIMEOUT_SECONDS = 5


def _is_public_target(url: str) -> bool:
    """True when every address the URL's host resolves to is a public unicast address."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
        if parts.scheme not in ("http", "https") or not host:
            return False
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    except (ValueError, OSError):
        return False
    return bool(addresses) and all(a.is_global and not a.is_multicast for a in addresses)


def deliver_sample(target_url: str, event_name: str) -> requests.Response:
    """POST the sample payload for ``event_name`` to ``target_url``."""
    payload = dict(SAMPLE_EVENTS[event_name], sent_at=datetime.now(timezone.utc).isoformat())
    return requests.post(
        target_url,
        data=json.dumps(payload),
        headers={"Content-Type": "application/json", "User-Agent": "acme-webhooks/1.0"},
        timeout=TIMEOUT_SECONDS,
        allow_redirects=False,
    )


@app.post("/integrations/webhook/test")
def test_webhook():
    body = request.get_json(silent=True) or {}
    target = str(body.get("url", "")).strip()
    event_name = body.get("event", "ping")
    if not target.startswith(("http://", "https://")) or event_name not in SAMPLE_EVENTS:
        abort(400)
    if not _is_public_target(target):
        abort(400)
    try:
        reply = deliver_sample(target, event_name)
    except requests.RequestException as exc:
        return jsonify({"ok": False, "error": type(exc).__name__}), 502
    return jsonify({"ok": reply.ok, "status": reply.status_code, "preview": reply.text[:200]})
