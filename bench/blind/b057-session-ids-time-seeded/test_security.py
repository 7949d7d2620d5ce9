import importlib, os
import random
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_same_instant_logins_get_different_ids(monkeypatch):
    frozen = 1_717_000_000.123
    monkeypatch.setattr(mod.time, "time", lambda: frozen)
    store = mod.SessionStore()
    a = store.create("alice")
    b = store.create("mallory")
    assert a != b, "two logins in the same millisecond share a session id"
    assert store.get(b)["user_id"] == "mallory"


def test_session_id_not_recoverable_from_login_time():
    store = mod.SessionStore()
    before = int(time.time() * 1000)
    sid = store.create("victim")
    after = int(time.time() * 1000)
    candidates = set()
    for ms in range(before - 5, after + 6):
        rng = random.Random(ms)
        candidates.add(format(rng.getrandbits(128), "032x"))
        candidates.add(rng.getrandbits(128).to_bytes(16, "big").hex())
    assert sid not in candidates, "session id recomputed from the login timestamp"
