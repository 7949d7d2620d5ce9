import hashlib
import importlib, os
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PW = "Summer2024!"


def test_hashes_are_salted():
    a, b = mod.hash_password(PW), mod.hash_password(PW)
    assert a != b, "same password gives the same stored hash (no salt)"
    assert mod.verify_password(PW, a) and mod.verify_password(PW, b)


def test_not_a_plain_fast_digest():
    stored = mod.hash_password(PW)
    for algo in ("md5", "sha1", "sha256", "sha512"):
        assert hashlib.new(algo, PW.encode()).hexdigest() not in stored


def test_hash_has_work_factor():
    start = time.perf_counter()
    mod.hash_password(PW)
    elapsed = time.perf_counter() - start
    assert elapsed >= 0.005, f"password hash computed in {elapsed * 1e6:.0f} us; no work factor"
