"""Nightly job: export the day's orders to CSV and e-mail it to the finance team."""
from __future__ import annotations

import csv
import os
import smtplib
import tempfile
from email.message import EmailMessage
from typing import Iterable

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SENDER = "reports@shop.example.com"


def write_report(rows: Iterable[dict[str, object]], fieldnames: list[str]) -> str:
    """Write the rows to a temporary CSV file and return its path."""
    fd, path = tempfile.mkstemp(prefix="orders-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)
    return path


def build_message(recipient: str, subject: str, attachment_path: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = recipient
    msg["Subject"] = subject
    msg.set_content("Attached: the daily orders report.")
    with open(attachment_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="text", subtype="csv", filename="orders.csv")
    return msg


def email_daily_report(rows: list[dict[str, object]], recipient: str, day: str) -> int:
    """Export and send the report; returns the number of rows sent."""
    report_path = write_report(rows, ["order_id", "customer", "total"])
    try:
        message = build_message(recipient, f"Orders report {day}", report_path)
        with smtplib.SMTP(SMTP_HOST) as smtp:
            smtp.send_message(message)
    finally:
        os.remove(report_path)
    return len(rows)
