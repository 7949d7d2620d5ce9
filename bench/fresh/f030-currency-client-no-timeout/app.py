"""Exchange-rate client used by the checkout service to convert prices."""
from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal

import requests

RATES_URL = "https://rates.example.com/v1/latest"


@dataclass
class RateClient:
    base_url: str = RATES_URL
    retries: int = 3
    backoff: float = 0.5

    def _fetch(self, base: str) -> dict:
        """GET the latest rates for `base`, retrying transient failures."""
        last_error: Exception | None = None
        for attempt in range(1, self.retries + 1):
            try:
                response = requests.get(self.base_url, params={"base": base})
                if response.status_code >= 500:
                    raise requests.HTTPError(f"server error {response.status_code}")
                response.raise_for_status()
                return response.json()
            except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
                last_error = exc
                time.sleep(self.backoff * attempt)
        raise RuntimeError(f"rates unavailable after {self.retries} attempts") from last_error

    def rate(self, base: str, quote: str) -> Decimal:
        data = self._fetch(base.upper())
        return Decimal(str(data["rates"][quote.upper()]))

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        """Convert and round to cents."""
        if base.upper() == quote.upper():
            return amount.quantize(Decimal("0.01"))
        return (amount * self.rate(base, quote)).quantize(Decimal("0.01"))
