import importlib
import os
import socket
import ssl

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeConn:
    def sendall(self, data):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture()
def contexts(monkeypatch):
    used = []
    monkeypatch.setattr(socket, "create_connection", lambda addr, timeout=None: object())

    def fake_wrap(self, sock, server_hostname=None, **kw):
        used.append((self, server_hostname))
        return FakeConn()

    monkeypatch.setattr(ssl.SSLContext, "wrap_socket", fake_wrap)
    return used


def test_relay_certificate_is_verified(contexts):
    mod.MetricsPusher("relay.metrics.internal").push({"up": 1}, timestamp=1)
    ctx, _ = contexts[0]
    assert ctx.verify_mode == ssl.CERT_REQUIRED, "TLS connection accepts any certificate"


def test_relay_hostname_is_checked(contexts):
    mod.MetricsPusher("relay.metrics.internal").push({"up": 1}, timestamp=1)
    ctx, server_hostname = contexts[0]
    assert ctx.check_hostname is True
    assert server_hostname == "relay.metrics.internal"
