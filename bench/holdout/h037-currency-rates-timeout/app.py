"""Fetch daily FX rates for invoice conversion, with simple retries."""
from __future__ import annotations

import logging
import time
from decimal import Decimal
from typing import Dict, Iterable, Optional

import requests

RATES_URL = "https://fx.example-bank.com/v1/latest"
log = logging.getLogger(__name__)


class RatesUnavailable(RuntimeError):
    pass


def _parse(payload: dict, wanted: Optional[Iterable[str]]) -> Dict[str, Decimal]:
    rates = {code.upper(): Decimal(str(value)) for code, value in payload["rates"].items()}
    if wanted is not None:
        missing = {c.upper() for c in wanted} - rates.keys()
        if missing:
            raise RatesUnavailable(f"provider has no rate for {sorted(missing)}")
        rates = {c.upper(): rates[c.upper()] for c in wanted}
    return rates


def fetch_rates(base: str = "EUR", symbols: Optional[Iterable[str]] = None,
                attempts: int = 4, backoff: float = 1.5) -> Dict[str, Decimal]:
    """Return ``{currency: rate}`` relative to ``base``; retries transient failures."""
    params = {"base": base.upper()}
    if symbols:
        symbols = list(symbols)
        params["symbols"] = ",".join(s.upper() for s in symbols)
    delay = 1.0
    last_error: Optional[Exception] = None
    for attempt in range(1, attempts + 1):
        try:
            response = requests.get(RATES_URL, params=params)
            if response.status_code >= 500:
                raise requests.HTTPError(f"server error {response.status_code}")
            response.raise_for_status()
            return _parse(response.json(), symbols)
        except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
            last_error = exc
            log.warning("rates attempt %d/%d failed: %s", attempt, attempts, exc)
            if attempt < attempts:
                time.sleep(delay)
                delay *= backoff
    raise RatesUnavailable(f"giving up after {attempts} attempts") from last_error


def convert(amount: Decimal, to_currency: str, rates: Dict[str, Decimal]) -> Decimal:
    return (amount * rates[to_currency.upper()]).quantize(Decimal("0.01"))
