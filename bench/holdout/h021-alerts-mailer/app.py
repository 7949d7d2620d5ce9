"""Send monitoring alerts by e-mail through the company relay."""
from __future__ import annotations

import smtplib
from email.message import EmailMessage
from typing import Iterable, Optional

SMTP_HOST = "smtp.mail-relay.internal"
SMTP_PORT = 587
SMTP_USER = "alerts@ops.example.com"
SMTP_PASSWORD = "Rly!alerts-2024-Q3"

SEVERITY_PREFIX = {"critical": "[CRIT]", "warning": "[WARN]", "info": "[INFO]"}


class AlertMailer:
    """Formats alert e-mails and delivers them through the SMTP relay."""

    def __init__(self, host: str = SMTP_HOST, port: int = SMTP_PORT,
                 username: str = SMTP_USER, password: Optional[str] = None,
                 sender: str = SMTP_USER) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.password = password or SMTP_PASSWORD
        self.sender = sender

    def build_message(self, severity: str, title: str, body: str,
                      recipients: Iterable[str]) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(recipients)
        msg["Subject"] = f"{SEVERITY_PREFIX.get(severity, '[ALERT]')} {title}"
        msg.set_content(body)
        return msg

    def send(self, severity: str, title: str, body: str, recipients: Iterable[str]) -> None:
        recipients = list(recipients)
        if not recipients:
            raise ValueError("no recipients for alert")
        message = self.build_message(severity, title, body, recipients)
        with smtplib.SMTP(self.host, self.port, timeout=15) as smtp:
            smtp.ehlo()
            smtp.login(self.username, self.password)
            smtp.send_message(message)
