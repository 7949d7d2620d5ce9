import importlib
import os
import socket

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DNS = {"hooks.slack.example": "93.184.215.14", "ci-bot.example.net": "93.184.216.40"}


class Resp:
    def __init__(self, code):
        self.status_code = code


@pytest.fixture()
def posts(monkeypatch):
    sent = []

    def fake_request(self, method, url, **kwargs):
        sent.append((method.upper(), url, kwargs.get("json")))
        if "down" in url:
            raise requests.ConnectionError("refused")
        return Resp(204)

    monkeypatch.setattr(requests.Session, "request", fake_request)
    monkeypatch.setattr(socket, "getaddrinfo", lambda h, p, *a, **k: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", (DNS.get(h, "93.184.216.99"), p or 443))])
    return sent


def test_notify_posts_payload_to_each_hook(posts):
    reg = mod.WebhookRegistry()
    reg.register("dev1", "https://hooks.slack.example/T000/B000")
    reg.register("dev1", "https://ci-bot.example.net/down")
    reg.register("dev1", "https://hooks.slack.example/T000/B000")
    result = mod.BuildResult("api", 812, "failed", "dev1", 93.44)
    outcome = mod.notify_build(reg, result)
    assert outcome == {"https://hooks.slack.example/T000/B000": True,
                       "https://ci-bot.example.net/down": False}
    method, url, body = posts[0]
    assert method == "POST"
    assert body == {"event": "build.finished", "project": "api", "build": 812,
                    "status": "failed", "duration": 93.4}


def test_other_users_hooks_not_called(posts):
    reg = mod.WebhookRegistry()
    reg.register("dev2", "https://ci-bot.example.net/x")
    assert mod.notify_build(reg, mod.BuildResult("web", 1, "passed", "dev1", 1)) == {}
    assert posts == []


def test_register_rejects_non_http():
    with pytest.raises(ValueError):
        mod.WebhookRegistry().register("dev1", "file:///etc/passwd")
