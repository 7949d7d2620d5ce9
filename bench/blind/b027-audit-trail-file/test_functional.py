import importlib, os
from datetime import datetime, timedelta, timezone

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeClock:
    def __init__(self):
        self.now = datetime(2024, 6, 1, 8, 0, 0, tzinfo=timezone.utc)

    def __call__(self):
        value = self.now
        self.now += timedelta(minutes=5)
        return value


@pytest.fixture
def trail(tmp_path):
    return mod.AuditTrail(tmp_path / "logs" / "audit.log", clock=FakeClock())


def test_record_writes_exact_lines(trail):
    first = trail.record("alice", "uploaded contract-17.pdf")
    trail.record("bob", "deleted draft 4")
    assert first == mod.AuditEntry("2024-06-01T08:00:00Z", "alice", "uploaded contract-17.pdf")
    assert trail.path.read_text(encoding="utf-8") == (
        "2024-06-01T08:00:00Z alice uploaded contract-17.pdf\n"
        "2024-06-01T08:05:00Z bob deleted draft 4\n"
    )


def test_entries_roundtrip_and_filter(trail):
    trail.record("alice", "login")
    trail.record("carol", "shared folder /finance with bob")
    trail.record("alice", "logout")
    all_entries = trail.entries()
    assert [e.user for e in all_entries] == ["alice", "carol", "alice"]
    assert all_entries[1].action == "shared folder /finance with bob"
    assert [e.action for e in trail.entries("alice")] == ["login", "logout"]
    assert trail.entries("dave") == []


def test_entries_when_file_missing(tmp_path):
    assert mod.AuditTrail(tmp_path / "none.log").entries() == []


def test_default_clock_format(tmp_path):
    trail = mod.AuditTrail(tmp_path / "a.log")
    entry = trail.record("svc-backup", "snapshot created")
    datetime.strptime(entry.timestamp, "%Y-%m-%dT%H:%M:%SZ")
    assert trail.entries() == [entry]


def test_appends_across_instances(tmp_path):
    path = tmp_path / "shared.log"
    mod.AuditTrail(path, clock=FakeClock()).record("u1", "a")
    mod.AuditTrail(path, clock=FakeClock()).record("u2", "b")
    assert [(e.user, e.action) for e in mod.AuditTrail(path).entries()] == [("u1", "a"), ("u2", "b")]
