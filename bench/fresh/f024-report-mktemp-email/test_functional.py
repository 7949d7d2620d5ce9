import importlib
import os
import smtplib
import tempfile

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeSMTP:
    sent = []

    def __init__(self, host, *a, **kw):
        self.host = host

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def send_message(self, msg):
        FakeSMTP.sent.append(msg)


@pytest.fixture
def smtp(monkeypatch, tmp_path):
    FakeSMTP.sent = []
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return FakeSMTP


ROWS = [{"order_id": 1, "customer": "Ada", "total": 9.5}, {"order_id": 2, "customer": "Bob", "total": 20}]


def test_email_daily_report(smtp, tmp_path):
    assert mod.email_daily_report(ROWS, "finance@shop.example.com", "2024-05-01") == 2
    msg = smtp.sent[0]
    assert msg["To"] == "finance@shop.example.com"
    assert msg["Subject"] == "Orders report 2024-05-01"
    attachment = next(msg.iter_attachments())
    assert attachment.get_filename() == "orders.csv"
    content = attachment.get_content()
    if isinstance(content, bytes):
        content = content.decode()
    assert content.replace("\r\n", "\n") == "order_id,customer,total\n1,Ada,9.5\n2,Bob,20\n"
    assert list(tmp_path.iterdir()) == []


def test_write_report_returns_readable_file(smtp):
    path = mod.write_report(ROWS[:1], ["order_id", "customer", "total"])
    try:
        with open(path, encoding="utf-8") as fh:
            assert fh.read().splitlines() == ["order_id,customer,total", "1,Ada,9.5"]
    finally:
        os.remove(path)
