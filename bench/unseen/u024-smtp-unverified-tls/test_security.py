import importlib
import os
import smtplib
import ssl

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeSMTP:
    instances = []

    def __init__(self, host="", port=0, *args, **kwargs):
        self.context = kwargs.get("context")
        self.tls_seen = "context" in kwargs
        FakeSMTP.instances.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def ehlo(self, *a, **k):
        return (250, b"ok")

    def starttls(self, *args, **kwargs):
        self.context = kwargs.get("context", args[-1] if args else None)
        self.tls_seen = True
        return (220, b"ready")

    def login(self, *a):
        pass

    def send_message(self, *a, **k):
        pass

    def sendmail(self, *a, **k):
        pass

    def quit(self):
        pass

    def close(self):
        pass


def test_relay_certificate_and_hostname_are_verified(monkeypatch):
    FakeSMTP.instances = []
    monkeypatch.setattr(smtplib, "SMTP_SSL", FakeSMTP)
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    mod.ReportMailer("smtp.example.com", 465, "reporter", "pw").send(["ops@example.com"], "r", "b")
    assert FakeSMTP.instances, "no SMTP connection was opened"
    for server in FakeSMTP.instances:
        ctx = server.context
        # smtplib's own default context (context=None) does not verify on this Python either.
        assert isinstance(ctx, ssl.SSLContext), ctx
        assert ctx.verify_mode == ssl.CERT_REQUIRED
        assert ctx.check_hostname is True
