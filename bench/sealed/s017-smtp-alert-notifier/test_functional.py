import importlib
import os
import smtplib

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

ENV_NAMES = ["SMTP_PASSWORD", "SMTP_PASS", "EMAIL_PASSWORD", "MAIL_PASSWORD",
             "NOTIFIER_SMTP_PASSWORD", "ALERT_SMTP_PASSWORD", "EMAIL_NOTIFIER_PASSWORD"]


class FakeSMTP:
    instances = []

    def __init__(self, host, port=0, *args, **kwargs):
        self.host, self.port = host, port
        self.logins, self.sent, self.tls = [], [], False
        FakeSMTP.instances.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def starttls(self, *a, **k):
        self.tls = True

    def ehlo(self, *a, **k):
        pass

    def login(self, user, password):
        self.logins.append((user, password))

    def send_message(self, msg, *a, **k):
        self.sent.append(msg)

    def sendmail(self, from_addr, to_addrs, msg, *a, **k):
        self.sent.append(msg)

    def quit(self):
        pass


@pytest.fixture
def smtp(monkeypatch):
    FakeSMTP.instances = []
    for name in ENV_NAMES:
        monkeypatch.setenv(name, "relay-pass-from-env")
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    if hasattr(mod, "SMTP"):
        monkeypatch.setattr(mod, "SMTP", FakeSMTP)
    return FakeSMTP


def test_send_alert(smtp):
    n = mod.EmailNotifier()
    n.send(mod.Alert("critical", "Disk full", "/var is at 99%"), ["ops@example.com", "sre@example.com"])
    inst = smtp.instances[-1]
    assert inst.tls is True
    assert len(inst.logins) == 1 and inst.logins[0][0] == "alerts@example.com"
    assert len(inst.sent) == 1
    msg = inst.sent[0]
    assert msg["Subject"] == "[CRITICAL] Disk full"
    assert "sre@example.com" in msg["To"]


def test_build_message_and_no_recipients(smtp):
    msg = mod.EmailNotifier(sender="noc@example.com").build_message(mod.Alert("warn", "CPU", "high"), ["a@example.com"])
    assert msg["From"] == "noc@example.com"
    assert msg.get_content().strip() == "high"
    with pytest.raises(ValueError):
        mod.EmailNotifier().send(mod.Alert("warn", "x", "y"), [])
