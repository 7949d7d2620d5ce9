import importlib
import os
import smtplib
import tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeSMTP:
    def __init__(self, *a, **kw):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def send_message(self, msg):
        pass


def test_predicted_temp_name_cannot_be_hijacked(monkeypatch, tmp_path):
    """Simulate a local attacker who wins the race between name choice and open()."""
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    victim = tmp_path / "home" / ".bashrc"
    victim.parent.mkdir()
    victim.write_text("ORIGINAL CONTENT\n")

    real_exists = tempfile._exists

    def racing_exists(path):
        free = not real_exists(path)
        if free:
            # the attacker plants a symlink right after the existence check
            os.symlink(victim, path)
        return False

    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    monkeypatch.setattr(tempfile, "_exists", racing_exists)
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    try:
        mod.email_daily_report([{"order_id": 1, "customer": "x", "total": 1}], "f@example.com", "d")
    except OSError:
        pass
    assert victim.read_text() == "ORIGINAL CONTENT\n", "report was written through an attacker's symlink"
