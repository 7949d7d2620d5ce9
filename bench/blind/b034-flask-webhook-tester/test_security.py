import importlib, os
import ipaddress
import socket

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {
    "hooks.customer-one.example": "93.184.216.34",
    "metadata.internal.example": "169.254.169.254",
    "consul.corp.example": "10.20.0.5",
    "localtest.example": "127.0.0.1",
    "localhost": "127.0.0.1",
}


class FakeReply:
    status_code = 200
    ok = True


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch):
    def lookup(host):
        if host.isdigit():  # http://2130706433/ style integer addresses
            return str(ipaddress.ip_address(int(host)))
        try:
            return str(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            if host in DNS:
                return DNS[host]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        ip = lookup(host)
        fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (ip, port or 0))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda h: lookup(h))
    monkeypatch.setattr(socket, "gethostbyname_ex", lambda h: (h, [], [lookup(h)]))


@pytest.fixture
def sent(monkeypatch):
    calls = []

    def record(url, **kwargs):
        calls.append(url)
        return FakeReply()

    monkeypatch.setattr(requests, "post", record)
    monkeypatch.setattr(requests, "request", lambda method, url, **kw: record(url, **kw))
    monkeypatch.setattr(requests.Session, "request", lambda self, method, url, **kw: record(url, **kw))
    return calls


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:8500/v1/kv/?recurse",
        "http://localhost:6379/",
        "http://10.0.0.12/admin",
        "http://192.168.1.1/",
        "http://[::1]:8080/",
        "http://0.0.0.0:9200/_cat/indices",
        "http://metadata.internal.example/latest/",
        "http://consul.corp.example:8500/v1/agent/self",
        "http://localtest.example/",
        "http://2130706433/",
    ],
)
def test_internal_targets_are_not_contacted(sent, target):
    client = mod.app.test_client()
    resp = client.post("/integrations/webhooks/test", json={"url": target, "account": "acct_1"})
    assert sent == [], f"server sent a request to {sent}"
    assert resp.status_code >= 400


def test_non_http_scheme_not_contacted(sent):
    client = mod.app.test_client()
    client.post("/integrations/webhooks/test", json={"url": "file:///etc/passwd"})
    client.post("/integrations/webhooks/test", json={"url": "gopher://127.0.0.1:6379/_FLUSHALL"})
    assert sent == []
