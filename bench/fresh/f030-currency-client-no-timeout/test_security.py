import importlib
import os
import time

import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Hung(Exception):
    """Stands in for a server that accepts the connection and never answers."""


class FakeResponse:
    status_code = 200

    def json(self):
        return {"rates": {"USD": 1.1}}

    def raise_for_status(self):
        pass


def test_every_request_has_a_finite_timeout(monkeypatch):
    seen = []

    def tarpit(self, method, url, **kwargs):
        timeout = kwargs.get("timeout")
        seen.append(timeout)
        if timeout is None:
            raise Hung("request would block forever: no timeout set")
        if isinstance(timeout, tuple):
            assert all(t is not None and t > 0 for t in timeout)
        raise requests.Timeout("read timed out")

    monkeypatch.setattr(requests.Session, "request", tarpit)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    client = mod.RateClient()
    try:
        client.rate("EUR", "USD")
    except Hung:
        raise AssertionError("rate lookup hangs on an unresponsive server")
    except RuntimeError:
        pass
    assert seen, "no HTTP request was made"
