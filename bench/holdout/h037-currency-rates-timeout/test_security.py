import importlib
import os
import time

import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Resp:
    status_code = 200

    def json(self):
        return {"rates": {"USD": 1.1}}

    def raise_for_status(self):
        pass


def _timeout_ok(value):
    if value is None:
        return False
    parts = value if isinstance(value, tuple) else (value,)
    return all(p is not None and 0 < float(p) <= 120 for p in parts)


def test_every_request_has_a_bounded_timeout(monkeypatch):
    seen = []

    def fake_request(self, method, url, **kwargs):
        seen.append(kwargs.get("timeout"))
        if len(seen) < 3:
            raise requests.ConnectionError("flaky")
        return Resp()

    monkeypatch.setattr(requests.Session, "request", fake_request)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    mod.fetch_rates()
    assert seen and all(_timeout_ok(t) for t in seen), f"request timeouts: {seen}"
