import importlib
import os
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("target", [
    "//evil.example/checkout/thanks",
    "/\\evil.example/checkout/thanks",
    "//evil.example%2F@shop",
    "/\t/evil.example/",
])
def test_next_cannot_point_to_another_site(target):
    client = mod.app.test_client()
    client.post("/cart/items", json={"sku": "KB-87"})
    resp = client.post("/checkout/complete", query_string={"next": target})
    location = resp.headers.get("Location", "")
    browser_view = "".join(ch for ch in location if ch not in "\t\r\n").replace("\\", "/")
    assert not browser_view.startswith("//"), f"protocol-relative redirect to {location!r}"
    assert urlsplit(browser_view).netloc in ("", "localhost")
