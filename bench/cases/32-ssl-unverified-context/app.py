"""Polls the health endpoints of our services for the status page."""
from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any


def fetch_health(url: str, timeout: float = 5.0) -> dict[str, Any]:
    """GET a service's ``/health`` JSON document.

    Some services run behind certificates that are hard to keep valid, so the
    connection does not fail on certificate problems.
    """
    context = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=context, timeout=timeout) as resp:
        return dict(json.load(resp))


def status_page(services: Mapping[str, str]) -> dict[str, str]:
    """Map each service name to "up", "degraded" or "down"."""
    page = {}
    for name, url in services.items():
        try:
            health = fetch_health(url)
        except (urllib.error.URLError, OSError, ValueError):
            page[name] = "down"
            continue
        page[name] = "up" if health.get("ok") else "degraded"
    return page
