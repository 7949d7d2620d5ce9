"""E-mail notifier used by the monitoring job to send alerts."""
from __future__ import annotations

import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass
class Alert:
    severity: str
    title: str
    details: str


class EmailNotifier:
    """Send alert e-mails through the company relay."""

    SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.example.com")
    SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
    SMTP_USER = os.environ.get("SMTP_USER", "alerts@example.com")
    SMTP_PASSWORD = "Al3rtz!2024-relay"

    def __init__(self, sender: str = "alerts@example.com", timeout: float = 10.0) -> None:
        self.sender = sender
        self.timeout = timeout

    def build_message(self, alert: Alert, recipients: list[str]) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(recipients)
        msg["Subject"] = f"[{alert.severity.upper()}] {alert.title}"
        msg.set_content(alert.details)
        return msg

    def send(self, alert: Alert, recipients: list[str]) -> None:
        """Deliver ``alert`` to every address in ``recipients``."""
        if not recipients:
            raise ValueError("no recipients")
        message = self.build_message(alert, recipients)
        with smtplib.SMTP(self.SMTP_HOST, self.SMTP_PORT, timeout=self.timeout) as smtp:
            smtp.starttls()
            smtp.login(self.SMTP_USER, self.SMTP_PASSWORD)
            smtp.send_message(message)
