import importlib, json, os, socket

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PUBLIC = {"hooks.customer.example": "93.184.216.34", "api.partner.example": "151.101.1.69"}


class FakeResponse:
    def __init__(self, status=200, text="received"):
        self.status_code = status
        self.text = text
        self.ok = status < 400


@pytest.fixture
def net(monkeypatch):
    sent = []

    def fake_getaddrinfo(host, port, *a, **k):
        ip = PUBLIC.get(host, host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    def fake_request(self, method, url, **kw):
        sent.append((method.upper(), url, kw))
        if "boom" in url:
            raise requests.ConnectionError("refused")
        return FakeResponse(201 if "created" in url else 200, "thanks " * 50)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(requests.Session, "request", fake_request)
    return sent


def test_ping_delivered(net):
    c = mod.app.test_client()
    r = c.post("/integrations/webhook/test", json={"url": "https://hooks.customer.example/acme"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["ok"] is True and body["status"] == 200
    assert body["preview"] == ("thanks " * 50)[:200]
    method, url, kw = net[0]
    assert (method, url) == ("POST", "https://hooks.customer.example/acme")
    payload = json.loads(kw["data"])
    assert payload["type"] == "ping" and "sent_at" in payload


def test_other_event_and_status(net):
    c = mod.app.test_client()
    r = c.post("/integrations/webhook/test", json={"url": "http://api.partner.example:8080/created", "event": "invoice.paid"})
    assert r.get_json()["status"] == 201
    assert json.loads(net[0][2]["data"])["amount"] == 4200


def test_bad_input_and_errors(net):
    c = mod.app.test_client()
    assert c.post("/integrations/webhook/test", json={"url": "ftp://hooks.customer.example/"}).status_code == 400
    assert c.post("/integrations/webhook/test", json={"url": "https://hooks.customer.example/", "event": "x"}).status_code == 400
    assert c.post("/integrations/webhook/test", data="nope").status_code == 400
    r = c.post("/integrations/webhook/test", json={"url": "https://hooks.customer.example/boom"})
    assert r.status_code == 502 and r.get_json() == {"ok": False, "error": "ConnectionError"}
