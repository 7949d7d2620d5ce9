import hashlib
import importlib
import os
import sqlite3
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _stored(service, email):
    return service.conn.execute("SELECT password_hash FROM accounts WHERE email = ?", (email,)).fetchone()[0]


def test_leaked_hash_is_not_a_plain_fast_digest():
    """A leaked column value must not be crackable with a precomputed fast-hash table."""
    service = mod.AccountService(sqlite3.connect(":memory:"))
    service.register("victim@example.com", "password123")
    leaked = _stored(service, "victim@example.com")
    rainbow = {getattr(hashlib, name)(b"password123").hexdigest() for name in ("md5", "sha1", "sha256", "sha512")}
    assert leaked not in rainbow
    assert not any(h in leaked for h in rainbow)


def test_same_password_gets_different_hashes():
    service = mod.AccountService(sqlite3.connect(":memory:"))
    service.register("a@example.com", "Summer2024!")
    service.register("b@example.com", "Summer2024!")
    assert _stored(service, "a@example.com") != _stored(service, "b@example.com")


def test_hashing_is_deliberately_slow():
    """One guess must cost real work (a plain SHA-256 takes microseconds)."""
    start = time.perf_counter()
    mod.hash_password("guess-number-1")
    assert time.perf_counter() - start > 0.005
