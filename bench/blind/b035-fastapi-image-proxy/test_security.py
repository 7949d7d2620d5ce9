import importlib, os

import httpx
import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def upstream(monkeypatch):
    seen = []

    async def handle(self, request):
        seen.append(str(request.url))
        return httpx.Response(200, content=b'{"AccessKeyId": "AKIA..."}',
                              headers={"content-type": "application/json"}, request=request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle)
    return seen


@pytest.mark.parametrize(
    "src",
    [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:2375/containers/json",
        "http://localhost:8080/admin",
        "http://10.0.3.7/internal/report.png",
        "https://images.partnercdn.com.evil.example/a.png",
        "https://images.partnercdn.com@127.0.0.1/a.png",
        "https://evil.example/images.partnercdn.com/a.png",
        "http://[::1]/x.png",
    ],
)
def test_only_partner_hosts_are_fetched(upstream, src):
    client = TestClient(mod.app)
    resp = client.get("/img", params={"src": src})
    assert upstream == [], f"proxy fetched {upstream}"
    assert b"AccessKeyId" not in resp.content
