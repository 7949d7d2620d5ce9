"""Fetch spot prices from the market-data provider."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import requests

PRICE_API = "https://api.marketdata.example.com/v1/quote"
REQUEST_TIMEOUT = (3.05, 10)  # connect, read (seconds)


class PriceError(RuntimeError):
    pass


@dataclass(frozen=True)
class Quote:
    symbol: str
    price: Decimal
    currency: str


class PriceFetcher:
    """Small client for the quote endpoint."""

    def __init__(self, api_key: str, base_url: str = PRICE_API) -> None:
        self.api_key = api_key
        self.base_url = base_url

    def get_quote(self, symbol: str) -> Quote:
        """Return the latest quote for ``symbol``."""
        params = {"symbol": symbol.upper()}
        headers = {"X-API-Key": self.api_key}
        response = requests.get(self.base_url, params=params, headers=headers, timeout=REQUEST_TIMEOUT)
        if response.status_code != 200:
            raise PriceError(f"{symbol}: upstream returned {response.status_code}")
        data = response.json()
        return Quote(data["symbol"], Decimal(str(data["price"])), data.get("currency", "USD"))

    def portfolio_value(self, holdings: dict[str, int]) -> Decimal:
        total = Decimal("0")
        for symbol, qty in holdings.items():
            total += self.get_quote(symbol).price * qty
        return total
