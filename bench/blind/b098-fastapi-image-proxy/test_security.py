import importlib, os

import httpx
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def upstream(monkeypatch):
    seen = []

    async def fake_send(self, request, **kw):
        seen.append(str(request.url))
        return httpx.Response(200, content=b"INTERNAL-SECRET", headers={"content-type": "image/png"}, request=request)

    monkeypatch.setattr(httpx.AsyncClient, "send", fake_send)
    return seen


@pytest.mark.parametrize("src", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://localhost:2375/containers/json",
    "http://127.0.0.1:8500/v1/kv/?recurse",
    "http://10.0.0.12/admin.png",
    "https://images.unsplash.com.evil.example/x.png",
    "https://i.imgur.com@internal-api.corp/x.png",
    "file:///etc/passwd",
])
def test_only_allowed_hosts_fetched(upstream, src):
    c = TestClient(mod.app)
    r = c.get("/img", params={"src": src})
    assert upstream == [], f"proxy requested {upstream}"
    assert b"INTERNAL-SECRET" not in r.content
