import importlib, os
from datetime import datetime, timezone

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def clock():
    return datetime(2024, 5, 1, 12, 30, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\u2028"])
def test_action_cannot_forge_entry(tmp_path, sep):
    trail = mod.AuditTrail(tmp_path / "audit.log", clock=clock)
    trail.record("mallory", f"viewed report{sep}2024-05-01T12:31:00Z admin granted mallory superuser")
    entries = trail.entries()
    assert len(entries) == 1
    assert entries[0].user == "mallory"
    assert not any(e.user == "admin" for e in entries)


def test_user_cannot_forge_entry(tmp_path):
    trail = mod.AuditTrail(tmp_path / "audit.log", clock=clock)
    trail.record("mallory\n2024-05-01T12:31:00Z admin", "approved payout")
    entries = trail.entries()
    assert len(entries) == 1
    assert not any(e.user == "admin" for e in entries)
