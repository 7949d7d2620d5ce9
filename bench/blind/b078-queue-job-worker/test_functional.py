import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = b"unit-test-key-123"


def make_worker(key=KEY):
    w = mod.JobWorker(key) if key is not None else mod.JobWorker()
    w.register("resize", lambda path, width: f"{path}@{width}")
    w.register("email", lambda to, subject, cc=None: {"to": to, "subject": subject, "cc": cc})
    return w


def test_roundtrip_dispatch():
    w = make_worker()
    msg = mod.encode_job({"type": "resize", "args": {"path": "img/a.png", "width": 640}}, KEY)
    assert isinstance(msg, bytes)
    assert w.handle(msg) == "img/a.png@640"


def test_decode_nested_values():
    job = {"type": "email", "args": {"to": "a@b.c", "subject": "Hi \u2713", "cc": ["x@y.z"]},
           "meta": {"attempt": 2, "urgent": True, "note": None}}
    assert make_worker().decode(mod.encode_job(job, KEY)) == job
    assert make_worker().handle(mod.encode_job(job, KEY)) == {"to": "a@b.c", "subject": "Hi \u2713", "cc": ["x@y.z"]}


def test_bad_signature_and_wrong_key():
    msg = mod.encode_job({"type": "resize", "args": {"path": "p", "width": 1}}, KEY)
    with pytest.raises(ValueError):
        make_worker(b"other-key").decode(msg)
    with pytest.raises(ValueError):
        make_worker().decode(msg[:-1] + (b"0" if msg[-1:] != b"0" else b"1"))
    with pytest.raises(ValueError):
        make_worker().decode(b"garbage")


def test_unknown_type():
    with pytest.raises(LookupError):
        make_worker().handle(mod.encode_job({"type": "nope"}, KEY))


def test_default_key_roundtrip(monkeypatch):
    monkeypatch.setenv("QUEUE_SIGNING_KEY", "deploy-provided-key")
    msg = mod.encode_job({"type": "resize", "args": {"path": "q", "width": 2}})
    assert make_worker(None).handle(msg) == "q@2"
