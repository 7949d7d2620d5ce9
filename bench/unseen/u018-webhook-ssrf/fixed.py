"""'Send test event' button for customer-configured webhooks."""
from __future__ import annotations

import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

TIMEOUT_SECONDS = 5
PING_EVENT = {"event": "ping", "source": "acme-webhooks"}


def _is_public_destination(url: str) -> bool:
    """True only when every address the URL's host resolves to is a public one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        return False
    addresses = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    return bool(addresses) and all(addr.is_global for addr in addresses)


@app.post("/api/webhooks/test")
def test_webhook() -> Any:
    """POST a ping event to the URL in the JSON body and report the status code."""
    payload = request.get_json(silent=True) or {}
    url = str(payload.get("url", "")).strip()
    if not url.startswith(("http://", "https://")):
        return jsonify({"error": "url must start with http:// or https://"}), 400
    if not _is_public_destination(url):
        return jsonify({"error": "destination not allowed"}), 400
    try:
        resp = requests.post(url, json=PING_EVENT, timeout=TIMEOUT_SECONDS, allow_redirects=False)
    except requests.RequestException as exc:
        return jsonify({"ok": False, "error": str(exc)}), 502
    return jsonify({"ok": resp.ok, "status": resp.status_code})
