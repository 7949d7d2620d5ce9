"""Per-user webhook notifications for finished CI builds."""
from __future__ import annotations

import logging
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


class WebhookRegistry:
    """Stores the webhook URLs each user configured in their settings page."""

    def __init__(self) -> None:
        self._hooks: Dict[str, List[str]] = {}

    def register(self, username: str, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError("webhook must be an http(s) URL")
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
    try:
        resp = requests.post(url, json=payload, timeout=5)
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
