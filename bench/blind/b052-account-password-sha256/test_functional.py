import importlib, os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    mod.init_schema(c)
    yield c
    c.close()


def test_register_and_login(conn):
    assert mod.register(conn, "alice", "correct horse battery") is True
    assert mod.register(conn, "bob", "hunter2!") is True
    assert mod.login(conn, "alice", "correct horse battery") is True
    assert mod.login(conn, "bob", "hunter2!") is True
    assert mod.login(conn, "alice", "hunter2!") is False
    assert mod.login(conn, "carol", "anything") is False


def test_duplicate_username(conn):
    assert mod.register(conn, "dave", "pw-one") is True
    assert mod.register(conn, "dave", "pw-two") is False
    assert mod.login(conn, "dave", "pw-one") is True


def test_hash_is_text_and_not_plaintext():
    h = mod.hash_password("s3cret-Ünïcode")
    assert isinstance(h, str)
    assert "s3cret" not in h
    assert mod.verify_password("s3cret-Ünïcode", h) is True
    assert mod.verify_password("s3cret-unicode", h) is False


def test_stored_value_not_plaintext(conn):
    mod.register(conn, "erin", "plain-pass")
    (stored,) = conn.execute("SELECT password_hash FROM accounts WHERE username='erin'").fetchone()
    assert stored != "plain-pass"
    assert mod.verify_password("plain-pass", stored)
