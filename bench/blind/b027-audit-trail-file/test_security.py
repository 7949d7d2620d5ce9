import importlib, os
from datetime import datetime, timezone

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FIXED = datetime(2024, 6, 1, 8, 0, 0, tzinfo=timezone.utc)
FORGED = "2024-06-01T07:59:00Z admin granted superuser to mallory"


def make(tmp_path):
    return mod.AuditTrail(tmp_path / "audit.log", clock=lambda: FIXED)


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_user_field_cannot_forge_entry(tmp_path, sep):
    trail = make(tmp_path)
    trail.record("mallory" + sep + FORGED.split(" ", 1)[0] + " admin", "viewed report")
    entries = trail.entries()
    assert len(entries) == 1
    assert trail.entries("admin") == []
    assert len(trail.path.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_action_field_cannot_forge_entry(tmp_path, sep):
    trail = make(tmp_path)
    trail.record("mallory", "viewed report" + sep + FORGED)
    entries = trail.entries()
    assert len(entries) == 1
    assert entries[0].user == "mallory"
    assert trail.entries("admin") == []
