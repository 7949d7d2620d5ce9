from __future__ import annotations

import importlib
import logging
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("forged", ["mallory ip=1.2.3.4\nlogin ok user=admin", "mallory\r\nlogin ok user=admin"])
def test_username_cannot_forge_log_lines(caplog: pytest.LogCaptureFixture, forged: str) -> None:
    with caplog.at_level(logging.INFO, logger="auth.audit"):
        mod.record_login(forged, "1.2.3.4", False)
    lines = [line for r in caplog.records for line in r.getMessage().splitlines()]
    assert len(lines) == 1 and lines[0].startswith("login FAILED")
