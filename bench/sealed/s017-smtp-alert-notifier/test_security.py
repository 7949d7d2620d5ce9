import importlib
import inspect
import os
import smtplib

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ENV_NAMES = ["SMTP_PASSWORD", "SMTP_PASS", "EMAIL_PASSWORD", "MAIL_PASSWORD",
             "NOTIFIER_SMTP_PASSWORD", "ALERT_SMTP_PASSWORD", "EMAIL_NOTIFIER_PASSWORD"]


class FakeSMTP:
    logins = []

    def __init__(self, *a, **k):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __getattr__(self, name):
        return lambda *a, **k: None

    def login(self, user, password):
        FakeSMTP.logins.append(password)


def _send(monkeypatch):
    FakeSMTP.logins = []
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    if hasattr(mod, "SMTP"):
        monkeypatch.setattr(mod, "SMTP", FakeSMTP)
    try:
        mod.EmailNotifier().send(mod.Alert("info", "t", "d"), ["ops@example.com"])
    except Exception:
        pass
    return FakeSMTP.logins


def test_password_comes_from_environment(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.setenv(name, "rotated-secret-from-vault")
    logins = _send(monkeypatch)
    assert logins == ["rotated-secret-from-vault"]


def test_no_password_literal_in_source(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    source = inspect.getsource(mod)
    for password in _send(monkeypatch):
        assert not password or password not in source
