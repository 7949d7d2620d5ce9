import hashlib
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PASSWORD = "correct horse battery"
FAST_DIGESTS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s")


def as_text(value):
    return value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else str(value)


def test_stored_value_is_not_a_fast_unsalted_digest():
    store = mod.UserStore()
    store.register("alice", PASSWORD)
    stored = as_text(store.users["alice"])
    assert PASSWORD not in stored
    for name in FAST_DIGESTS:
        h = hashlib.new(name, PASSWORD.encode())
        assert h.hexdigest() not in stored.lower(), name
        assert h.digest().decode("latin-1") not in stored, name
    assert store.check("alice", PASSWORD)


def test_same_password_is_salted_per_user():
    store = mod.UserStore()
    store.register("alice", PASSWORD)
    store.register("bob", PASSWORD)
    assert as_text(store.users["alice"]) != as_text(store.users["bob"])
    assert store.check("alice", PASSWORD) and store.check("bob", PASSWORD)
