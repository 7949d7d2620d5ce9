import importlib
import inspect
import os
import smtplib

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LEAKED = "Rly!alerts-2024-Q3"


class RecordingSMTP:
    events = []

    def __init__(self, *a, **kw):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def ehlo(self, *a):
        pass

    def starttls(self, *a, **kw):
        RecordingSMTP.events.append("starttls")

    def login(self, user, password):
        RecordingSMTP.events.append(("login", password))

    def send_message(self, msg):
        RecordingSMTP.events.append("send")


class RecordingSMTPSSL(RecordingSMTP):
    def __init__(self, *a, **kw):
        RecordingSMTP.events.append("starttls")  # implicit TLS from the first byte


@pytest.fixture(autouse=True)
def fake_smtp(monkeypatch):
    RecordingSMTP.events.clear()
    monkeypatch.setattr(smtplib, "SMTP", RecordingSMTP)
    monkeypatch.setattr(smtplib, "SMTP_SSL", RecordingSMTPSSL)
    for var in list(os.environ):
        if "SMTP" in var.upper() or "MAIL" in var.upper():
            monkeypatch.delenv(var)


def test_password_literal_not_in_source():
    assert LEAKED not in inspect.getsource(mod), "SMTP password is hard-coded in the module"


def test_default_mailer_does_not_log_in_with_builtin_credential():
    try:
        mod.AlertMailer().send("info", "t", "b", ["a@example.com"])
    except Exception:
        pass
    logins = [e for e in RecordingSMTP.events if isinstance(e, tuple)]
    assert all(pw != LEAKED for _, pw in logins)


def test_credentials_only_sent_after_starttls():
    mod.AlertMailer(password="pw").send("info", "t", "b", ["a@example.com"])
    events = RecordingSMTP.events
    login_at = next((i for i, e in enumerate(events) if isinstance(e, tuple)), len(events))
    assert "starttls" in events[:login_at], "password sent over an unencrypted SMTP session"
