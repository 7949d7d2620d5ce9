import importlib
import os
import socket
import ssl

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeConn:
    def __init__(self):
        self.data = b""

    def sendall(self, data):
        self.data += data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture()
def wire(monkeypatch):
    state = {"conn": FakeConn(), "addr": None}
    monkeypatch.setattr(socket, "create_connection",
                        lambda addr, timeout=None: state.update(addr=addr) or object())
    monkeypatch.setattr(ssl.SSLContext, "wrap_socket",
                        lambda self, sock, server_hostname=None, **kw: state["conn"])
    return state


def test_format_lines_sanitizes_names():
    pusher = mod.MetricsPusher("relay.example", prefix="shop.")
    out = pusher.format_lines({"orders/min": 12, "p95 latency": 0.25}, 1700000000)
    assert out == b"shop.orders_min 12 1700000000\nshop.p95_latency 0.25 1700000000\n"


def test_push_sends_batch(wire):
    pusher = mod.MetricsPusher("relay.example", port=2114, prefix="api")
    sent = pusher.push({"requests": 10, "errors": 1}, timestamp=1700000100)
    assert wire["addr"] == ("relay.example", 2114)
    assert wire["conn"].data == b"api.errors 1 1700000100\napi.requests 10 1700000100\n"
    assert sent == len(wire["conn"].data)


def test_empty_batch_is_noop(wire):
    assert mod.MetricsPusher("relay.example").push({}) == 0
    assert wire["addr"] is None
