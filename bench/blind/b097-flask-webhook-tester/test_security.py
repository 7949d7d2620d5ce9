import importlib, os, socket

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

RESOLVE = {"localhost": "127.0.0.1", "metadata.internal": "169.254.169.254", "db.corp.example": "10.0.4.12", "2130706433": "127.0.0.1"}


class FakeResponse:
    status_code = 200
    ok = True
    text = "secret-internal-data"


@pytest.fixture
def net(monkeypatch):
    sent = []

    def fake_getaddrinfo(host, port, *a, **k):
        ip = RESOLVE.get(host, host)
        fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (ip, port))]

    def fake_request(self, method, url, **kw):
        sent.append(url)
        return FakeResponse()

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(requests.Session, "request", fake_request)
    return sent


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:6379/",
    "http://localhost/admin",
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://metadata.internal/computeMetadata/v1/",
    "http://db.corp.example:5432/",
    "http://[::1]:8080/",
    "http://0.0.0.0/",
    "http://2130706433/",
])
def test_internal_targets_not_requested(net, url):
    c = mod.app.test_client()
    r = c.post("/integrations/webhook/test", json={"url": url})
    assert net == [], f"server made a request to {net}"
    assert b"secret-internal-data" not in r.data
