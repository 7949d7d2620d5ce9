import importlib
import logging
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PASSWORDS = {"alice": "wonderland", "bob": "builder"}


@pytest.fixture
def audit_file(tmp_path):
    path = tmp_path / "audit.log"
    handler = mod.configure_audit_file(str(path))
    yield path
    mod.audit_log.removeHandler(handler)
    handler.close()


def test_success_and_failure_are_logged(audit_file):
    service = mod.LoginService(PASSWORDS.get)
    assert service.login("alice", "wonderland", "10.0.0.1") is True
    assert service.login("bob", "wrong", "10.0.0.2") is False
    lines = audit_file.read_text().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("INFO login succeeded user=alice ip=10.0.0.1")
    assert lines[1].endswith("INFO login failed user=bob ip=10.0.0.2")


def test_failure_counter(audit_file):
    service = mod.LoginService(PASSWORDS.get)
    service.login("bob", "x", "1.1.1.1")
    service.login("bob", "y", "1.1.1.1")
    assert service.failures == {"bob": 2}
    service.login("bob", "builder", "1.1.1.1")
    assert service.failures == {}


def test_unknown_user(audit_file):
    assert mod.LoginService(PASSWORDS.get).login("mallory", "x", "1.2.3.4") is False
    assert "login failed user=mallory" in audit_file.read_text()
