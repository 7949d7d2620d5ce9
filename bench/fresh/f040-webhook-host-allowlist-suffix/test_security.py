import importlib
import json
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import Client  # noqa: E402


@pytest.mark.parametrize("url", [
    "https://evilexample.com/collect",
    "https://attacker-example.com/collect",
    "https://my-example.com/",
    "https://xpartners.example.net/steal",
])
def test_lookalike_domains_are_rejected(url):
    resp = Client().post("/webhooks", data=json.dumps({"url": url}), content_type="application/json")
    assert resp.status_code == 400, f"order webhooks would be delivered to {url}"
