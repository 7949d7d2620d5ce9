"""Client for plugin manifests hosted on the partner domain.

Third-party developers register a manifest URL; the marketplace backend
downloads it to show the plugin's name, version and entry point.
"""
from __future__ import annotations

from typing import Any, Dict, Optional
from urllib.parse import urlparse

import requests

TRUSTED_DOMAIN = "example.com"
REQUIRED_FIELDS = ("name", "version", "entry")


class ManifestError(Exception):
    """Raised when a manifest cannot be fetched or is malformed."""


class PluginManifestClient:
    def __init__(self, session: Optional[requests.Session] = None, timeout: float = 5.0) -> None:
        self._session = session or requests.Session()
        self._timeout = timeout

    @staticmethod
    def is_trusted(url: str) -> bool:
        """Manifests must be served over HTTPS from the partner domain."""
        parsed = urlparse(url)
        host = (parsed.hostname or "").lower()
        on_domain = host == TRUSTED_DOMAIN or host.endswith("." + TRUSTED_DOMAIN)
        return parsed.scheme == "https" and on_domain

    def fetch(self, url: str) -> Dict[str, Any]:
        """Download and validate a manifest, returning its required fields."""
        if not self.is_trusted(url):
            raise ManifestError(f"untrusted manifest location: {url}")
        try:
            response = self._session.get(url, timeout=self._timeout, allow_redirects=False)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise ManifestError(f"could not load manifest: {exc}") from exc
        missing = [field for field in REQUIRED_FIELDS if field not in document]
        if missing:
            raise ManifestError(f"manifest is missing {', '.join(missing)}")
        return {field: document[field] for field in REQUIRED_FIELDS}
