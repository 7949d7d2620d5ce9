import importlib
import json
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import Client  # noqa: E402


def _post(body):
    return Client().post("/webhooks", data=json.dumps(body), content_type="application/json")


@pytest.mark.parametrize("url", [
    "https://example.com/hooks",
    "https://hooks.example.com/orders",
    "https://a.b.partners.example.net/x",
    "https://EXAMPLE.com:8443/in",
])
def test_allowed_hosts(url):
    resp = _post({"url": url, "event": "order.paid"})
    assert resp.status_code == 201
    data = json.loads(resp.content)
    assert data["url"] == url and data["event"] == "order.paid"
    assert mod.WEBHOOKS[data["id"]]["url"] == url


@pytest.mark.parametrize("url", ["http://example.com/hooks", "https://other.org/", "not a url", ""])
def test_rejected(url):
    assert _post({"url": url}).status_code == 400


def test_method_and_json_errors():
    assert Client().get("/webhooks").status_code == 405
    assert Client().post("/webhooks", data="{", content_type="application/json").status_code == 400
