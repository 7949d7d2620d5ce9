import hashlib
import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def svc():
    return mod.AccountService(sqlite3.connect(":memory:"))


def _stored(svc, username):
    return svc.conn.execute("SELECT password_hash FROM accounts WHERE username = ?",
                            (username,)).fetchone()[0]


def test_stored_value_is_not_a_plain_fast_digest(svc):
    svc.register("atari_st", "password123")
    stored = _stored(svc, "atari_st")
    plain = b"password123"
    fast = {getattr(hashlib, n)(plain).hexdigest() for n in ("md5", "sha1", "sha256", "sha512")}
    assert not any(d in stored for d in fast), "password stored as an unsalted fast hash"
    assert "password123" not in stored


def test_same_password_gets_different_hashes(svc):
    svc.register("user_one", "Summer2024!")
    svc.register("user_two", "Summer2024!")
    assert _stored(svc, "user_one") != _stored(svc, "user_two"), "hashes are unsalted"
