"""Integration settings: let customers fire a test event at their webhook URL."""
from __future__ import annotations

import ipaddress
import socket
import uuid
from datetime import datetime, timezone
from typing import Any, Dict
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

DELIVERY_TIMEOUT = 5
USER_AGENT = "Acme-Webhooks/1.0"


def sample_event(account_id: str) -> Dict[str, Any]:
    """Build the ``ping`` event sent when a customer tests their endpoint."""
    return {
        "id": str(uuid.uuid4()),
        "type": "ping",
        "account": account_id,
        "created": datetime.now(timezone.utc).isoformat(),
    }


def is_public_http_url(url: str) -> bool:
    """True for http(s) URLs whose host resolves only to public addresses."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return False
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not address.is_global:
            return False
    return bool(infos)


def deliver(url: str, event: Dict[str, Any]) -> requests.Response:
    """POST one event to a subscriber endpoint."""
    return requests.post(
        url,
        json=event,
        headers={"User-Agent": USER_AGENT, "X-Acme-Event": event["type"]},
        timeout=DELIVERY_TIMEOUT,
        allow_redirects=False,
    )


@app.post("/integrations/webhooks/test")
def test_webhook():
    """Send a ping to the URL in the JSON body and report what came back."""
    payload = request.get_json(silent=True) or {}
    endpoint = str(payload.get("url", "")).strip()
    account = str(payload.get("account", "anonymous"))
    if not endpoint:
        return jsonify(ok=False, error="url is required"), 400
    if not is_public_http_url(endpoint):
        abort(400)

    event = sample_event(account)
    try:
        reply = deliver(endpoint, event)
    except requests.RequestException:
        return jsonify(ok=False, error="delivery failed"), 502
    return jsonify(ok=reply.ok, status=reply.status_code, event_id=event["id"])
