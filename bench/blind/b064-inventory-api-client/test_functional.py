import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    def __init__(self, payload, status=200):
        self.payload = payload
        self.status_code = status

    def raise_for_status(self):
        if self.status_code >= 400:
            raise mod.requests.HTTPError(f"status {self.status_code}")

    def json(self):
        return self.payload


@pytest.fixture
def calls(monkeypatch):
    recorded = []

    def fake_request(self, method, url, **kwargs):
        recorded.append({"method": method, "url": url, "kwargs": kwargs,
                         "headers": dict(self.headers)})
        if url.endswith("/items/MISSING"):
            return FakeResponse({"error": "nope"}, status=404)
        if method == "POST":
            return FakeResponse({"sku": "A1", "on_hand": 7})
        if url.endswith("/items"):
            return FakeResponse([{"sku": "A1"}, {"sku": "B2"}])
        return FakeResponse({"sku": url.rsplit("/", 1)[-1], "on_hand": 5})

    monkeypatch.setattr(mod.requests.Session, "request", fake_request)
    return recorded


def test_get_item(calls):
    client = mod.InventoryClient("https://inv.example.com/api/", "tok123")
    assert client.get_item("A1") == {"sku": "A1", "on_hand": 5}
    assert calls[0]["method"] == "GET"
    assert calls[0]["url"] == "https://inv.example.com/api/items/A1"
    assert calls[0]["headers"]["Authorization"] == "Bearer tok123"
    assert calls[0]["kwargs"]["timeout"] == mod.DEFAULT_TIMEOUT


def test_list_items_params(calls):
    client = mod.InventoryClient("https://inv.example.com/api", "t", timeout=3)
    items = client.list_items("north", limit=2)
    assert items == [{"sku": "A1"}, {"sku": "B2"}]
    assert calls[0]["url"] == "https://inv.example.com/api/items"
    assert calls[0]["kwargs"]["params"] == {"warehouse": "north", "limit": 2}
    assert calls[0]["kwargs"]["timeout"] == 3


def test_adjust_stock(calls):
    client = mod.InventoryClient("https://inv.example.com", "t")
    assert client.adjust_stock("A1", 2) == {"sku": "A1", "on_hand": 7}
    assert calls[0]["method"] == "POST"
    assert calls[0]["url"] == "https://inv.example.com/items/A1/adjust"
    assert calls[0]["kwargs"]["json"] == {"delta": 2}


def test_http_error_raises(calls):
    client = mod.InventoryClient("https://inv.example.com", "t")
    with pytest.raises(mod.requests.HTTPError):
        client.get_item("MISSING")
