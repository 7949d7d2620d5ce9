"""Per-user webhook notifications for finished CI builds."""
from __future__ import annotations

import ipaddress
import logging
import socket
from dataclasses import dataclass
from typing import Dict, List
from urllib.parse import urlparse

import requests

log = logging.getLogger("ci.webhooks")


@dataclass
class BuildResult:
    project: str
    build_id: int
    status: str          # "passed" | "failed" | "cancelled"
    triggered_by: str
    duration_s: float


def is_public_url(url: str) -> bool:
    """True when ``url`` is http(s) and its host resolves only to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    try:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        infos = socket.getaddrinfo(parsed.hostname, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        return False
    addrs = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    return bool(addrs) and all(a.is_global for a in addrs)


class WebhookRegistry:
    """Stores the webhook URLs each user configured in their settings page."""

    def __init__(self) -> None:
        self._hooks: Dict[str, List[str]] = {}

    def register(self, username: str, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError("webhook must be an http(s) URL")
        if not is_public_url(url):
            raise ValueError("webhook host must be a public address")
        self._hooks.setdefault(username, [])
        if url not in self._hooks[username]:
            self._hooks[username].append(url)

    def hooks_for(self, username: str) -> List[str]:
        return list(self._hooks.get(username, []))


def _payload(result: BuildResult) -> dict:
    return {
        "event": "build.finished",
        "project": result.project,
        "build": result.build_id,
        "status": result.status,
        "duration": round(result.duration_s, 1),
    }


def deliver(url: str, payload: dict) -> bool:
    if not is_public_url(url):  # re-check at send time: DNS may have changed
        log.warning("webhook %s skipped: non-public destination", url)
        return False
    try:
        resp = requests.post(url, json=payload, timeout=5, allow_redirects=False)
        return resp.status_code < 300
    except requests.RequestException as exc:
        log.warning("webhook %s failed: %s", url, exc)
        return False


def notify_build(registry: WebhookRegistry, result: BuildResult) -> Dict[str, bool]:
    """Run by the background worker after each build; returns per-URL delivery status."""
    outcome = {}
    payload = _payload(result)
    for url in registry.hooks_for(result.triggered_by):
        outcome[url] = deliver(url, payload)
    return outcome
