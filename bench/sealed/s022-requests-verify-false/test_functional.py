import importlib
import json
import os

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _response(request, status, payload):
    resp = requests.Response()
    resp.status_code = status
    resp._content = json.dumps(payload).encode()
    resp.headers["Content-Type"] = "application/json"
    resp.request = request
    resp.url = request.url
    return resp


@pytest.fixture
def transport(monkeypatch):
    calls = []

    def fake_send(self, request, **kwargs):
        calls.append((request, kwargs))
        if "/items/SKU-1/stock" in request.url:
            return _response(request, 200, {"levels": [{"warehouse": "ams", "quantity": 4}, {"warehouse": "ber", "quantity": "6"}]})
        return _response(request, 404, {"error": "not found"})

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
    return calls


def test_stock_for(transport):
    client = mod.InventoryClient("tok-123")
    levels = client.stock_for("SKU-1")
    assert [(l.warehouse, l.quantity) for l in levels] == [("ams", 4), ("ber", 6)]
    request, _ = transport[-1]
    assert request.url == "https://inventory.internal.example.com/api/v2/items/SKU-1/stock"
    assert request.headers["Authorization"] == "Bearer tok-123"


def test_total_and_errors(transport):
    client = mod.InventoryClient("tok", base_url="https://inv.example.com/api/")
    assert client.total_stock("SKU-1") == 10
    with pytest.raises(mod.InventoryError):
        client.stock_for("SKU-404")
    assert transport[0][0].url.startswith("https://inv.example.com/api/items/")
