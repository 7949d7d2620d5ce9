"""Send the nightly report e-mail through the company relay over SMTPS."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage


class ReportMailer:
    """Deliver plain-text reports via an SMTP-over-TLS relay."""

    def __init__(self, host: str, port: int = 465, username: str = "", password: str = "",
                 sender: str = "reports@example.com", cafile: str | None = None) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.sender = sender
        self.cafile = cafile

    def _tls_context(self) -> ssl.SSLContext:
        # Verify the relay's certificate and host name; trust an internal CA via ``cafile``.
        return ssl.create_default_context(cafile=self.cafile)

    def build_message(self, to: list[str], subject: str, body: str) -> EmailMessage:
        """Assemble the e-mail."""
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(to)
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, to: list[str], subject: str, body: str) -> None:
        """Send the report to the ``to`` recipients."""
        msg = self.build_message(to, subject, body)
        with smtplib.SMTP_SSL(self.host, self.port, context=self._tls_context(), timeout=30) as server:
            if self.username:
                server.login(self.username, self.password)
            server.send_message(msg)
