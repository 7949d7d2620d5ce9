import importlib, os, sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def svc():
    return mod.AccountService(sqlite3.connect(":memory:"))


def test_register_returns_temp_password(svc):
    pw = svc.register("Alice@Example.com")
    assert isinstance(pw, str)
    assert len(pw) == mod.TEMP_PASSWORD_LENGTH == 12
    assert set(pw) <= set(mod.PASSWORD_ALPHABET)
    row = svc.conn.execute("SELECT email, must_reset FROM accounts").fetchone()
    assert row == ("alice@example.com", 1)


def test_verify(svc):
    pw = svc.register("bob@example.com")
    assert svc.verify("bob@example.com", pw) is True
    assert svc.verify("BOB@example.com", pw) is True
    assert svc.verify("bob@example.com", pw + "x") is False
    assert svc.verify("nobody@example.com", pw) is False


def test_change_password(svc):
    pw = svc.register("cy@example.com")
    assert svc.change_password("cy@example.com", "wrong", "N3w-pass!") is False
    assert svc.change_password("cy@example.com", pw, "N3w-pass!") is True
    assert svc.verify("cy@example.com", "N3w-pass!") is True
    assert svc.verify("cy@example.com", pw) is False
    assert svc.conn.execute("SELECT must_reset FROM accounts").fetchone() == (0,)


def test_distinct_accounts(svc):
    a = svc.register("a@x.io")
    b = svc.register("b@x.io")
    assert a != b
    assert svc.verify("a@x.io", a) and not svc.verify("a@x.io", b)
    with pytest.raises(sqlite3.IntegrityError):
        svc.register("A@x.io")
