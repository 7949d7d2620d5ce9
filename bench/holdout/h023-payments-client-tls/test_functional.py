import importlib
import json
import os

import httpx
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def handler(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content or b"{}")
    assert request.headers["Authorization"] == "Bearer sk_test_123"
    assert request.headers["Idempotency-Key"]
    if request.url.path.endswith("/charges"):
        if body["source"] == "tok_declined":
            return httpx.Response(402, json={"error": "card declined"})
        return httpx.Response(201, json={"id": "ch_1", "amount": body["amount"],
                                         "currency": body["currency"], "status": "succeeded"})
    if request.url.path.endswith("/refunds"):
        return httpx.Response(200, json={"status": "refunded" if "amount" not in body else "partial"})
    return httpx.Response(404, json={"error": "nope"})


@pytest.fixture()
def client():
    c = mod.PayFluxClient("sk_test_123", transport=httpx.MockTransport(handler))
    yield c
    c.close()


def test_create_charge(client):
    charge = client.create_charge(1999, "EUR", "tok_visa")
    assert charge == mod.Charge("ch_1", 1999, "eur", "succeeded")


def test_declined_card_raises(client):
    with pytest.raises(mod.PaymentError) as err:
        client.create_charge(500, "usd", "tok_declined")
    assert err.value.status == 402


def test_refunds(client):
    assert client.refund("ch_1") == "refunded"
    assert client.refund("ch_1", 100) == "partial"
    with pytest.raises(ValueError):
        client.create_charge(0, "usd", "tok_visa")
