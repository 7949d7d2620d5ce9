import importlib, os
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ALLOWED = {"acme.io", "docs.acme.io", "shop.acme-partners.com"}


@pytest.mark.parametrize("payload", [
    "https://evil.example/?next=docs.acme.io",
    "https://docs.acme.io.evil.example/login",
    "https://acme.io@evil.example/",
    "https://evil.example/acme.io",
    "https://notacme.io/",
    "javascript:alert('acme.io')",
    "//evil.example/acme.io",
])
def test_redirect_only_to_partner_hosts(payload):
    c = TestClient(mod.app, follow_redirects=False)
    r = c.get("/out", params={"to": payload})
    if r.status_code in (301, 302, 303, 307, 308):
        loc = r.headers["location"]
        parts = urlsplit(loc)
        assert parts.scheme in ("http", "https"), loc
        assert parts.hostname in ALLOWED, loc
    else:
        assert r.status_code == 400
