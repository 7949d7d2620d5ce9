import importlib, os
from datetime import datetime, timezone

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def fixed_clock():
    return datetime(2024, 5, 1, 12, 30, 0, tzinfo=timezone.utc)


def test_record_and_read_back(tmp_path):
    trail = mod.AuditTrail(tmp_path / "audit.log", clock=fixed_clock)
    assert trail.record("alice", "uploaded contract.pdf") == "2024-05-01T12:30:00Z alice uploaded contract.pdf"
    trail.record("bob", "deleted draft 7")
    trail.record("  ", "viewed index")
    text = (tmp_path / "audit.log").read_text(encoding="utf-8")
    assert text == ("2024-05-01T12:30:00Z alice uploaded contract.pdf\n"
                    "2024-05-01T12:30:00Z bob deleted draft 7\n"
                    "2024-05-01T12:30:00Z anonymous viewed index\n")
    got = trail.entries()
    assert got == [
        mod.AuditEntry("2024-05-01T12:30:00Z", "alice", "uploaded contract.pdf"),
        mod.AuditEntry("2024-05-01T12:30:00Z", "bob", "deleted draft 7"),
        mod.AuditEntry("2024-05-01T12:30:00Z", "anonymous", "viewed index"),
    ]


def test_missing_file_and_default_clock(tmp_path):
    trail = mod.AuditTrail(tmp_path / "none.log")
    assert trail.entries() == []
    line = trail.record("carol", "logged in")
    assert line.endswith(" carol logged in")
    assert len(trail.entries()) == 1


def test_unicode(tmp_path):
    trail = mod.AuditTrail(tmp_path / "a.log", clock=fixed_clock)
    trail.record("zoë", "renamed « Résumé »")
    assert trail.entries()[0].action == "renamed « Résumé »"
