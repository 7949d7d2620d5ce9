"""Currency conversion backed by the exchange-rates service."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import requests

RATES_URL = "https://rates.example.com/v1/latest"


def fetch_rates(base: str = "EUR") -> dict[str, Decimal]:
    """Current exchange rates from `base` to every other currency.

    Raises:
        requests.RequestException: the service could not be reached or failed.
    """
    resp = requests.get(RATES_URL, params={"base": base}, timeout=10)
    resp.raise_for_status()
    return {code: Decimal(str(rate)) for code, rate in resp.json()["rates"].items()}


def convert(amount: Decimal, target: str, base: str = "EUR") -> Decimal:
    """Convert `amount` from `base` to `target`, rounded to cents.

    Raises:
        KeyError: the service has no rate for `target`.
    """
    if target == base:
        return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    rate = fetch_rates(base)[target]
    return (amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
