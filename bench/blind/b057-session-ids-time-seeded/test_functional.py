import importlib, os
import re
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_create_and_get():
    store = mod.SessionStore()
    sid = store.create("u-17", role="admin", locale="de")
    assert isinstance(sid, str) and re.fullmatch(r"[0-9a-f]{32}", sid)
    assert store.get(sid) == {"user_id": "u-17", "role": "admin", "locale": "de"}
    assert store.get("0" * 32) is None


def test_ids_unique_over_time(monkeypatch):
    clock = {"t": 1_700_000_000.0}

    def tick():
        clock["t"] += 0.75
        return clock["t"]

    monkeypatch.setattr(mod.time, "time", tick)
    store = mod.SessionStore()
    ids = [store.create(f"user{i}") for i in range(5)]
    assert len(set(ids)) == 5
    assert [store.get(s)["user_id"] for s in ids] == [f"user{i}" for i in range(5)]


def test_destroy():
    store = mod.SessionStore()
    sid = store.create("bob")
    assert store.destroy(sid) is True
    assert store.get(sid) is None
    assert store.destroy(sid) is False


def test_expiry(monkeypatch):
    store = mod.SessionStore(ttl=10)
    sid = store.create("carol")
    real = time.time
    monkeypatch.setattr(mod.time, "time", lambda: real() + 60)
    assert store.get(sid) is None
