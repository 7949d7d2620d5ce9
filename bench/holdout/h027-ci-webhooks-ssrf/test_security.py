import importlib
import os
import socket

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"rebind.attacker.example": "127.0.0.1", "hooks.slack.example": "93.184.215.14"}


class Resp:
    status_code = 200


@pytest.fixture()
def posts(monkeypatch):
    sent = []
    monkeypatch.setattr(requests.Session, "request",
                        lambda self, method, url, **kw: sent.append(url) or Resp())
    monkeypatch.setattr(socket, "getaddrinfo", lambda h, p, *a, **k: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", (DNS.get(h, h), p or 80))])
    monkeypatch.setattr(socket, "gethostbyname", lambda h: DNS.get(h, h))
    return sent


@pytest.mark.parametrize("hook", [
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:2375/containers/create",
    "http://10.0.0.12:8500/v1/kv/secrets",
    "http://rebind.attacker.example/hook",
])
def test_build_worker_does_not_call_internal_hosts(posts, hook):
    reg = mod.WebhookRegistry()
    try:
        reg.register("mallory", hook)
    except ValueError:
        pass
    mod.notify_build(reg, mod.BuildResult("api", 1, "passed", "mallory", 2.0))
    assert hook not in posts, f"worker sent a request to internal address {hook}"


def test_dns_change_after_registration_is_rechecked(posts):
    reg = mod.WebhookRegistry()
    reg.register("mallory", "https://hooks.slack.example/T1")
    DNS["hooks.slack.example"] = "169.254.169.254"  # attacker flips the record
    try:
        mod.notify_build(reg, mod.BuildResult("api", 2, "passed", "mallory", 2.0))
    finally:
        DNS["hooks.slack.example"] = "93.184.215.14"
    assert posts == []
