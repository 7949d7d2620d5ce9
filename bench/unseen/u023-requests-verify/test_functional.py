import importlib
import json
import os

import pytest
import requests
from requests.structures import CaseInsensitiveDict

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def transport(monkeypatch):
    """Fake HTTP transport: records requests and answers with canned JSON."""
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    seen = []

    def fake_send(self, request, **kwargs):
        seen.append((request, kwargs))
        if request.path_url.startswith("/api/items?"):
            body = {"items": [{"sku": "T-1"}, {"sku": "T-2"}]}
        else:
            body = {"sku": request.path_url.rsplit("/", 1)[-1], "qty": 4}
        resp = requests.Response()
        resp.status_code = 200
        resp._content = json.dumps(body).encode()
        resp.headers = CaseInsensitiveDict({"Content-Type": "application/json"})
        resp.url = request.url
        resp.request = request
        return resp

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
    return seen


def test_get_item(transport):
    client = mod.InventoryClient("https://inventory.internal/api/", "tok-123")
    assert client.get_item("T-1") == {"sku": "T-1", "qty": 4}
    request, _ = transport[0]
    assert request.url == "https://inventory.internal/api/items/T-1"
    assert request.headers["Authorization"] == "Bearer tok-123"


def test_list_items_with_filter(transport):
    client = mod.InventoryClient("https://inventory.internal/api", "tok-123")
    assert [i["sku"] for i in client.list_items(category="tools")] == ["T-1", "T-2"]
    assert transport[0][0].url.endswith("/items?category=tools")
