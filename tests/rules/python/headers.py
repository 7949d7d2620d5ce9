"""Download and redirect responses assembled by hand."""
from __future__ import annotations

import socket
import urllib.parse
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler
from typing import Any

from flask import Flask, Response, request

app = Flask(__name__)


def attachment_headers(download_name: str, size: int) -> dict[str, str]:
    disposition = f'attachment; filename="{download_name}"'
    return {
        "Content-Length": str(size),
        # ruleid: header-value-from-input
        "Content-Disposition": disposition,
    }


def redirect_head(return_to: str) -> list[tuple[str, str]]:
    target = return_to or "/reports"
    # ruleid: header-value-from-input
    return [("Location", target), ("Content-Length", "0")]


def named(response: object, report: str) -> None:
    # ruleid: header-value-from-input
    response.headers["Content-Disposition"] = f"attachment; filename={report}.csv"


def api_call_headers(api_key: str) -> dict[str, str]:
    # ok: header-value-from-input
    return {"X-Api-Key": api_key}


def safe_attachment(download_name: str) -> dict[str, str]:
    quoted = urllib.parse.quote(download_name)
    # ok: header-value-from-input
    return {"Content-Disposition": quoted}


def safe_redirect(return_to: str) -> list[tuple[str, str]]:
    target = " ".join(return_to.splitlines())
    # ok: header-value-from-input
    return [("Location", target)]


class FormPart:
    def __init__(self, name: str) -> None:
        self.name = name
        self.headers: dict[str, str] = {}

    def make_multipart(self, content_disposition: str | None = None) -> None:
        content_disposition = (content_disposition or "form-data") + f'; name="{self.name}"'
        # ok: header-value-from-input
        self.headers["Content-Disposition"] = content_disposition


def typed(size: int) -> dict[str, str]:
    # ok: header-value-from-input
    return {"Content-Type": "text/csv", "X-Rows": f"{size}"}


class DownloadHandler(BaseHTTPRequestHandler):
    def send_download(self, filename: str, body: bytes) -> None:
        head = [
            "HTTP/1.1 200 OK",
            # ruleid: raw-header-line-from-input
            f"Content-Disposition: attachment; filename={filename}",
            f"Content-Length: {len(body)}",
        ]
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    def redirect(self, url: str) -> None:
        # ruleid: raw-header-line-from-input
        self.wfile.write(("HTTP/1.1 302 Found\r\n" + "Location: " + url + "\r\n\r\n").encode())


async def send_redirect(writer: object, location: str) -> None:
    # ruleid: raw-header-line-from-input
    writer.write(b"HTTP/1.1 302 Found\r\nLocation: %s\r\n\r\n" % location.encode())
    await writer.drain()


def build_head(conn: socket.socket, cookie_value: str) -> None:
    # ruleid: raw-header-line-from-input
    line = "Set-Cookie: session={}; HttpOnly".format(cookie_value)
    conn.sendall(("HTTP/1.1 200 OK\r\n" + line + "\r\n\r\n").encode())


@app.route("/export")
def export():
    name = request.args.get("name", "export")
    resp = Response("a,b\n", mimetype="text/csv")
    # ruleid: header-value-from-input
    resp.headers["Content-Disposition"] = f"attachment; filename={name}.csv"
    return resp


def send_download_safe(wfile: object, filename: str) -> None:
    quoted = urllib.parse.quote(filename)
    # ok: raw-header-line-from-input
    wfile.write(f"Content-Disposition: attachment; filename*=UTF-8''{quoted}\r\n".encode())


def download_head(filename: str, body: bytes) -> bytes:
    disposition = f'attachment; filename="{filename}"'
    length = len(body)
    lines = [
        # ruleid: raw-header-line-from-input
        f"Content-Disposition: {disposition}",
        # ok: raw-header-line-from-input
        f"Content-Length: {length}",
    ]
    return "\r\n".join(lines).encode()


def send_length(wfile: object, size: int) -> None:
    # ok: raw-header-line-from-input
    wfile.write(f"Content-Length: {size}\r\n".encode())


def describe_location(city: str) -> str:
    # ok: raw-header-line-from-input
    return f"Location of the office: {city}"


def send_redirect_safe(wfile: object, url: str) -> None:
    target = " ".join(url.splitlines())
    # ok: raw-header-line-from-input
    wfile.write(("Location: " + target + "\r\n").encode())


def send_contact_form(smtp: Any, name: str, reply_to: str, body: str) -> None:
    message = f"From: support@example.com\r\nReply-To: {reply_to}\r\nSubject: Contact from {name}\r\n\r\n{body}"
    # ruleid: mail-header-built-from-values
    smtp.sendmail("support@example.com", ["support@example.com"], message)


def send_invoice(smtp: Any, to: str, number: int) -> None:
    # ruleid: mail-header-built-from-values
    smtp.sendmail("billing@example.com", [to], "Subject: %s\n\nYour invoice is attached." % to)


def send_contact_form_safe(smtp: Any, name: str, reply_to: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["Reply-To"], msg["Subject"] = "support@example.com", reply_to, f"Contact from {name}"
    msg.set_content(body)
    # ok: mail-header-built-from-values
    smtp.send_message(msg)


def send_alert(smtp: Any, count: int) -> None:
    message = "Subject: Disk alert\r\n\r\n" + f"{count} volumes are almost full"
    # ok: mail-header-built-from-values
    smtp.sendmail("ops@example.com", ["ops@example.com"], message)
