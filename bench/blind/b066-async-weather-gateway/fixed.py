"""Async gateway to the upstream weather forecast API."""
from __future__ import annotations

import asyncio
from typing import Any

import httpx

FORECAST_BASE = "https://api.weather.example.net/v2"


class ForecastGateway:
    """Fetches forecasts for several cities concurrently."""

    def __init__(self, api_key: str, base_url: str = FORECAST_BASE,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._api_key = api_key
        self._base_url = base_url
        self._transport = transport

    def _make_client(self) -> httpx.AsyncClient:
        """Build the HTTP client shared by one batch of requests."""
        options: dict[str, Any] = {
            "base_url": self._base_url,
            "headers": {"X-Api-Key": self._api_key},
            "timeout": httpx.Timeout(8.0),
        }
        if self._transport is not None:
            options["transport"] = self._transport
        return httpx.AsyncClient(**options)

    async def _one(self, client: httpx.AsyncClient, city: str) -> dict[str, Any]:
        resp = await client.get("/forecast", params={"city": city, "days": 3})
        resp.raise_for_status()
        data = resp.json()
        return {"city": city, "high": max(d["high"] for d in data["days"])}

    async def forecast_many(self, cities: list[str]) -> list[dict[str, Any]]:
        """Return the 3-day maximum temperature for each city, in input order."""
        async with self._make_client() as client:
            return list(await asyncio.gather(*(self._one(client, c) for c in cities)))
