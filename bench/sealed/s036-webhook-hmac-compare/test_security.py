import hashlib
import hmac
import importlib
import os
import secrets

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_signature_checked_with_constant_time_compare(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    monkeypatch.setattr(secrets, "compare_digest", spy)
    if hasattr(mod, "compare_digest"):
        monkeypatch.setattr(mod, "compare_digest", spy)
    body = b'{"id": "evt_9"}'
    good = "sha256=" + hmac.new(mod.WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    bad = "sha256=" + "f" * 64
    assert mod.verify_signature(body, good) is True
    assert mod.verify_signature(body, bad) is False
    assert len(calls) >= 2, "signatures compared with a short-circuiting comparison"
