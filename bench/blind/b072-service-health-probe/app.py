"""Poll the health endpoints of internal services and build a status board."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

import requests


@dataclass
class ServiceStatus:
    name: str
    healthy: bool
    version: Optional[str] = None
    detail: str = ""


def fetch_version(base_url: str) -> Optional[str]:
    """Return the version string published at /version, or None."""
    try:
        resp = requests.get(f"{base_url}/version")
    except requests.RequestException:
        return None
    return resp.text.strip() if resp.ok else None


def probe(name: str, base_url: str) -> ServiceStatus:
    """Check one service's /healthz endpoint."""
    health_url = f"{base_url.rstrip('/')}/healthz"
    try:
        resp = requests.get(health_url, headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        return ServiceStatus(name, False, detail=type(exc).__name__)
    if resp.status_code != 200:
        return ServiceStatus(name, False, detail=f"HTTP {resp.status_code}")
    return ServiceStatus(name, True, version=fetch_version(base_url.rstrip("/")))


def check_all(services: dict[str, str], workers: int = 4) -> list[ServiceStatus]:
    """Probe every service concurrently; results follow the dict's order."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(probe, name, url) for name, url in services.items()]
        return [f.result() for f in futures]


def render_board(statuses: list[ServiceStatus]) -> str:
    """Plain-text status board, one service per line."""
    rows = []
    for s in statuses:
        state = "UP" if s.healthy else "DOWN"
        extra = s.version or s.detail
        rows.append(f"{s.name:<12} {state:<4} {extra}".rstrip())
    return "\n".join(rows)
