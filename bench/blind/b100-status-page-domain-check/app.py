"""Chat-ops helper: `/status <url>` summarises one of our status pages."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlparse

import requests

COMPANY_DOMAIN = "example.com"


@dataclass
class StatusSummary:
    url: str
    http_status: int
    indicator: str
    description: str


class StatusPageClient:
    """Fetches status-page JSON (``/api/v2/status.json``) for company sites."""

    def __init__(self, session: Optional[requests.Session] = None, timeout: float = 4.0) -> None:
        self.session = session or requests.Session()
        self.timeout = timeout

    def _allowed(self, url: str) -> bool:
        parsed = urlparse(url)
        host = (parsed.hostname or "").lower()
        return parsed.scheme in ("http", "https") and host.endswith(COMPANY_DOMAIN)

    def fetch(self, page_url: str) -> Optional[StatusSummary]:
        """Return a summary, or ``None`` if the URL is not allowed or unreachable."""
        base = page_url.strip().rstrip("/")
        if not self._allowed(base):
            return None
        api_url = f"{base}/api/v2/status.json"
        try:
            resp = self.session.get(api_url, timeout=self.timeout)
            data = resp.json()
        except (requests.RequestException, ValueError):
            return None
        status = data.get("status", {}) if isinstance(data, dict) else {}
        return StatusSummary(
            url=api_url,
            http_status=resp.status_code,
            indicator=str(status.get("indicator", "unknown")),
            description=str(status.get("description", "")),
        )
