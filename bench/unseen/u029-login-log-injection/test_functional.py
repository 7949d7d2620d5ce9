import importlib
import logging
import os

import pytest
from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def service():
    return mod.AuthService({"alice": generate_password_hash("s3cret-pw", method="pbkdf2:sha256:1000")},
                           max_failures=3)


def test_correct_password(service, caplog):
    with caplog.at_level(logging.INFO):
        assert service.authenticate("alice", "s3cret-pw")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_failed_login_is_audited(service, caplog):
    with caplog.at_level(logging.INFO):
        assert not service.authenticate("alice", "guess")
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(messages) == 1
    assert "alice" in messages[0] and "failed login" in messages[0]


def test_lockout(service):
    for _ in range(3):
        service.authenticate("alice", "guess")
    assert service.is_locked("alice")
    assert not service.authenticate("alice", "s3cret-pw")
