import importlib, os
import logging

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SALT = b"0123456789abcdef"


@pytest.fixture
def service():
    accounts = {
        "alice": (SALT, mod.hash_password("correct horse", SALT, 200_000)),
        "bob.ops": (b"fedcba9876543210", mod.hash_password("hunter2!", b"fedcba9876543210")),
    }
    return mod.SignInService(accounts)


def messages(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "backoffice.auth"]


def test_successful_sign_in_logged(service, caplog):
    caplog.set_level(logging.INFO, logger="backoffice.auth")
    assert service.sign_in("alice", "correct horse", "203.0.113.7") is True
    assert messages(caplog) == ["User alice signed in from 203.0.113.7"]
    assert caplog.records[-1].levelno == logging.INFO


def test_failed_sign_in_logged_with_attempt_count(service, caplog):
    caplog.set_level(logging.INFO, logger="backoffice.auth")
    assert service.sign_in("alice", "wrong", "198.51.100.2") is False
    assert service.sign_in("alice", "wrong again") is False
    assert service.sign_in("ghost", "x", "10.0.0.1, 192.168.1.1") is False
    assert messages(caplog) == [
        "Failed sign-in for user alice from 198.51.100.2 (attempt 1)",
        "Failed sign-in for user alice from unknown (attempt 2)",
        "Failed sign-in for user ghost from 10.0.0.1, 192.168.1.1 (attempt 1)",
    ]
    assert all(r.levelno == logging.WARNING for r in caplog.records)


def test_lockout_after_five_failures(service, caplog):
    caplog.set_level(logging.INFO, logger="backoffice.auth")
    for _ in range(5):
        assert service.sign_in("bob.ops", "nope", "192.0.2.10") is False
    assert service.is_locked("bob.ops")
    assert service.sign_in("bob.ops", "hunter2!", "192.0.2.10") is False
    assert messages(caplog)[-1] == "Sign-in refused for locked account bob.ops from 192.0.2.10"
    assert not service.is_locked("alice")


def test_success_resets_failures(service):
    assert service.sign_in("alice", "bad") is False
    assert service.sign_in("alice", "correct horse") is True
    for _ in range(4):
        service.sign_in("alice", "bad")
    assert not service.is_locked("alice")
