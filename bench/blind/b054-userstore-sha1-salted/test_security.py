import hashlib
import importlib, os
import json
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PW = "Winter2025?"


def _strings(obj):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)
    elif isinstance(obj, str):
        yield obj


def test_record_is_not_fast_salted_digest(tmp_path):
    path = tmp_path / "users.json"
    mod.UserStore(path).add_user("victim", PW)
    values = list(_strings(json.loads(path.read_text())))
    fast = set()
    for salt in values:
        for material in (salt + PW, PW + salt):
            for algo in ("sha1", "md5", "sha256", "sha512"):
                fast.add(hashlib.new(algo, material.encode()).hexdigest())
        try:
            raw = bytes.fromhex(salt)
        except ValueError:
            continue
        for algo in ("sha1", "md5", "sha256", "sha512"):
            fast.add(hashlib.new(algo, raw + PW.encode()).hexdigest())
    assert not fast.intersection(values), "stored hash is a single fast digest of salt+password"


def test_hashing_has_work_factor(tmp_path):
    store = mod.UserStore(tmp_path / "u.json")
    start = time.perf_counter()
    store.add_user("timed", PW)
    elapsed = time.perf_counter() - start
    assert elapsed >= 0.005, f"password hashing took {elapsed * 1e6:.0f} us; brute force is cheap"
