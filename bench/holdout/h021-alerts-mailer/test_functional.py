import importlib
import os
import smtplib

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeSMTP:
    instances = []

    def __init__(self, host, port, timeout=None):
        self.host, self.port, self.calls, self.sent = host, port, [], []
        FakeSMTP.instances.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def ehlo(self, *a):
        self.calls.append("ehlo")

    def starttls(self, *a, **kw):
        self.calls.append("starttls")

    def login(self, user, password):
        self.calls.append(("login", user, password))

    def send_message(self, msg):
        self.sent.append(msg)


@pytest.fixture(autouse=True)
def fake_smtp(monkeypatch):
    FakeSMTP.instances.clear()
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)


def test_send_alert_delivers_formatted_message():
    mailer = mod.AlertMailer(password="test-pw")
    mailer.send("critical", "disk 95% on db-1", "Free space below threshold.",
                ["oncall@example.com", "sre@example.com"])
    smtp = FakeSMTP.instances[0]
    assert (smtp.host, smtp.port) == ("smtp.mail-relay.internal", 587)
    assert ("login", "alerts@ops.example.com", "test-pw") in smtp.calls
    msg = smtp.sent[0]
    assert msg["Subject"] == "[CRIT] disk 95% on db-1"
    assert msg["To"] == "oncall@example.com, sre@example.com"
    assert "Free space" in msg.get_content()


def test_unknown_severity_and_no_recipients():
    mailer = mod.AlertMailer(host="relay.test", port=2525, password="pw")
    msg = mailer.build_message("debug", "t", "b", ["a@example.com"])
    assert msg["Subject"] == "[ALERT] t"
    with pytest.raises(ValueError):
        mailer.send("info", "t", "b", [])
