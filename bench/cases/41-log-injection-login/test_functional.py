from __future__ import annotations

import importlib
import logging
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_audit_lines(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="auth.audit"):
        mod.record_login("ann", "10.0.0.1", True)
        mod.record_login("bob", "10.0.0.2", False)
        mod.record_lockout("bob", 5)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "login ok user=ann ip=10.0.0.1",
        "login FAILED user=bob ip=10.0.0.2",
        "account locked user=bob attempts=5",
    ]
    assert [r.levelname for r in caplog.records] == ["INFO", "WARNING", "ERROR"]
    assert mod.failed_attempts(lines, "bob") == 1
