import importlib, os
import ipaddress
import socket

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PUBLIC_DNS = {"hooks.customer-one.example": "93.184.216.34", "api.partner.example": "151.101.65.140"}


class FakeReply:
    def __init__(self, status):
        self.status_code = status
        self.ok = status < 400


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch):
    """Hermetic resolver: public test hosts only, no real DNS traffic."""
    def lookup(host):
        try:
            ipaddress.ip_address(host.strip("[]"))
            return host.strip("[]")
        except ValueError:
            if host in PUBLIC_DNS:
                return PUBLIC_DNS[host]
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

    def fake_post(url, **kwargs):
        calls.append((url, kwargs))
        if "fail" in url:
            raise requests.ConnectionError("refused")
        return FakeReply(404 if url.endswith("/missing") else 200)

    monkeypatch.setattr(requests, "post", fake_post)
    monkeypatch.setattr(requests.Session, "request", lambda self, method, url, **kw: fake_post(url, **kw))
    return calls


@pytest.fixture
def client():
    return mod.app.test_client()


def test_ping_delivered(client, sent):
    resp = client.post("/integrations/webhooks/test",
                       json={"url": "https://hooks.customer-one.example/acme", "account": "acct_42"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["ok"] is True and body["status"] == 200
    assert len(body["event_id"]) == 36
    url, kwargs = sent[0]
    assert url == "https://hooks.customer-one.example/acme"
    assert kwargs["json"]["type"] == "ping" and kwargs["json"]["account"] == "acct_42"
    assert kwargs["json"]["id"] == body["event_id"]
    assert kwargs["headers"]["X-Acme-Event"] == "ping"
    assert kwargs["timeout"] == 5


def test_port_and_path_preserved(client, sent):
    resp = client.post("/integrations/webhooks/test", json={"url": "http://api.partner.example:8443/in/hook?x=1"})
    assert resp.status_code == 200
    assert sent[0][0] == "http://api.partner.example:8443/in/hook?x=1"
    assert sent[0][1]["json"]["account"] == "anonymous"


def test_remote_error_status_reported(client, sent):
    body = client.post("/integrations/webhooks/test",
                       json={"url": "https://hooks.customer-one.example/missing"}).get_json()
    assert body["ok"] is False and body["status"] == 404


def test_connection_failure(client, sent):
    resp = client.post("/integrations/webhooks/test", json={"url": "https://hooks.customer-one.example/fail"})
    assert resp.status_code == 502
    assert resp.get_json() == {"ok": False, "error": "delivery failed"}


@pytest.mark.parametrize("body", [{}, {"url": ""}, {"url": "   "}])
def test_url_required(client, sent, body):
    resp = client.post("/integrations/webhooks/test", json=body)
    assert resp.status_code == 400
    assert resp.get_json() == {"ok": False, "error": "url is required"}
    assert sent == []


def test_sample_event_shape():
    event = mod.sample_event("acct_1")
    assert set(event) == {"id", "type", "account", "created"}
    assert event["type"] == "ping" and event["account"] == "acct_1"
