import importlib
import os
import smtplib

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeSMTP:
    """Stands in for smtplib.SMTP / SMTP_SSL; nothing leaves the machine."""

    instances = []

    def __init__(self, host="", port=0, *args, **kwargs):
        self.host, self.port = host, port
        self.context = kwargs.get("context")
        self.logins, self.sent = [], []
        FakeSMTP.instances.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def ehlo(self, *a, **k):
        return (250, b"ok")

    def starttls(self, *args, **kwargs):
        self.context = kwargs.get("context", args[-1] if args else None)
        return (220, b"ready")

    def login(self, user, password):
        self.logins.append((user, password))

    def send_message(self, msg, *a, **k):
        self.sent.append(msg)

    def sendmail(self, from_addr, to_addrs, msg, *a, **k):
        self.sent.append(msg)

    def quit(self):
        pass

    def close(self):
        pass


@pytest.fixture
def fake_smtp(monkeypatch):
    FakeSMTP.instances = []
    monkeypatch.setattr(smtplib, "SMTP_SSL", FakeSMTP)
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    return FakeSMTP


def test_sends_report(fake_smtp):
    mailer = mod.ReportMailer("smtp.example.com", 465, "reporter", "app-password")
    mailer.send(["ops@example.com", "cto@example.com"], "Nightly report", "All green.")
    (server,) = fake_smtp.instances
    assert server.host == "smtp.example.com"
    assert server.logins == [("reporter", "app-password")]
    (msg,) = server.sent
    assert msg["Subject"] == "Nightly report"
    assert "ops@example.com" in str(msg["To"]) and "cto@example.com" in str(msg["To"])
    assert "All green." in str(msg)


def test_build_message():
    msg = mod.ReportMailer("smtp.example.com").build_message(["a@example.com"], "Hi", "Body")
    assert msg["From"] == "reports@example.com" and msg["To"] == "a@example.com"
