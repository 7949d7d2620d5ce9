"""Thin client for the Skycast weather REST API."""
from __future__ import annotations

import os
from typing import Any

import requests

DEFAULT_BASE_URL = os.environ.get("SKYCAST_API_URL", "https://api.skycast.example/v3")
API_KEY_ENV = "SKYCAST_API_KEY"


class SkycastError(RuntimeError):
    """Raised when the weather API answers with an error."""


class SkycastClient:
    """Fetches current conditions and forecasts for a city."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        session: requests.Session | None = None,
        timeout: float = 10.0,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
        if not api_key:
            raise SkycastError(f"no API key: pass api_key or set {API_KEY_ENV}")
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self.timeout = timeout

    def _get(self, endpoint: str, **params: Any) -> dict[str, Any]:
        response = self.session.get(
            f"{self.base_url}/{endpoint}",
            params=params,
            headers={"X-Api-Key": self.api_key, "Accept": "application/json"},
            timeout=self.timeout,
        )
        if response.status_code != 200:
            raise SkycastError(f"{endpoint} failed with HTTP {response.status_code}")
        return response.json()

    def current(self, city: str, units: str = "metric") -> dict[str, Any]:
        """Current conditions for ``city``."""
        return self._get("current", q=city, units=units)

    def forecast(self, city: str, days: int = 3) -> list[dict[str, Any]]:
        """Daily forecast entries for the next ``days`` days."""
        if not 1 <= days <= 14:
            raise ValueError("days must be between 1 and 14")
        return self._get("forecast", q=city, days=days).get("daily", [])
