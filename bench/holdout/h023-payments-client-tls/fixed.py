"""Thin wrapper around the PayFlux payments REST API."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Optional

import httpx

API_BASE = "https://api.payflux.example/v2"


class PaymentError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


@dataclass
class Charge:
    id: str
    amount_cents: int
    currency: str
    status: str


class PayFluxClient:
    def __init__(self, api_key: str, base_url: str = API_BASE,
                 transport: Optional[httpx.BaseTransport] = None) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}", "User-Agent": "shop-backend/1.4"},
            timeout=httpx.Timeout(10.0, connect=5.0),
            verify=True,
            transport=transport,
        )

    def _post(self, path: str, payload: dict) -> dict:
        # idempotency key lets us retry safely after timeouts
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        resp = self._client.post(path, json=payload, headers=headers)
        if resp.status_code >= 400:
            raise PaymentError(resp.status_code, resp.json().get("error", "unknown error"))
        return resp.json()

    def create_charge(self, amount_cents: int, currency: str, card_token: str) -> Charge:
        if amount_cents <= 0:
            raise ValueError("amount must be positive")
        data = self._post("/charges", {"amount": amount_cents, "currency": currency.lower(),
                                       "source": card_token})
        return Charge(data["id"], data["amount"], data["currency"], data["status"])

    def refund(self, charge_id: str, amount_cents: Optional[int] = None) -> str:
        payload = {"charge": charge_id}
        if amount_cents is not None:
            payload["amount"] = amount_cents
        return self._post("/refunds", payload)["status"]

    def close(self) -> None:
        self._client.close()
