import importlib, os
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PARTNERS = {"shop.example.com", "help.example.com", "blog.example.org"}

PAYLOADS = [
    "https://evil.example/?next=shop.example.com",
    "https://evil.example/shop.example.com",
    "https://shop.example.com.evil.example/login",
    "https://shop.example.com@evil.example/",
    "https://evil.example#help.example.com",
    "//evil.example/blog.example.org",
    "https://evil.example\\@shop.example.com/",
]


def leaves_partners(location: str) -> bool:
    normalised = location.replace("\\", "/")
    parts = urlsplit(urljoin("http://testserver/out", normalised))
    if parts.scheme not in ("http", "https"):
        return True
    return parts.hostname not in PARTNERS and parts.hostname != "testserver"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_redirect_outside_partner_hosts(payload):
    client = TestClient(mod.app, follow_redirects=False)
    resp = client.get("/out", params={"to": payload, "campaign": "x"})
    if resp.status_code in (301, 302, 303, 307, 308):
        assert not leaves_partners(resp.headers["location"]), resp.headers["location"]
    else:
        assert resp.status_code in (400, 403, 422)
