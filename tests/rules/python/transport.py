"""Notification mail, nightly FTP export and calls to partner APIs."""
from __future__ import annotations

import ftplib
import os
import smtplib
import socket
import socketserver
import ssl
import urllib.request
from email.message import EmailMessage
from ftplib import FTP, FTP_TLS
from pathlib import Path

import httpx
import requests
import requests.adapters
import urllib3
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.example.com")
PARTNER_API = "http://partner.example.com/api/v1"
INTERNAL_API = "http://billing:8080"
API_TOKEN = os.environ["PARTNER_TOKEN"]


def send_report(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["To"], msg["Subject"] = to, "Weekly report"
    msg.set_content(body)
    server = smtplib.SMTP(SMTP_HOST, 587)
    server.ehlo()
    # ruleid: smtp-login-without-tls
    server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
    server.send_message(msg)
    server.quit()


class Mailer:
    def __init__(self, host: str, user: str, password: str) -> None:
        self.host, self.user, self.password = host, user, password

    def send(self, msg: EmailMessage) -> None:
        with smtplib.SMTP(self.host, 25) as smtp:
            # ruleid: smtp-login-without-tls
            smtp.login(self.user, self.password)
            smtp.starttls()
            smtp.send_message(msg)


def send_report_tls(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as server:
        server.ehlo()
        server.starttls(context=ssl.create_default_context())
        # ok: smtp-login-without-tls
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.send_message(msg)


def send_report_ssl(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg.set_content(body)
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=ssl.create_default_context()) as server:
        # ok: smtp-login-without-tls
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.send_message(msg)


def send_configured(msg: EmailMessage, use_tls: bool, user: str, password: str) -> None:
    server = smtplib.SMTP(SMTP_HOST, 587)
    if use_tls:
        server.starttls(context=ssl.create_default_context())
    # ok: smtp-login-without-tls
    server.login(user, password)
    server.send_message(msg)


def send_local(msg: EmailMessage) -> None:
    with smtplib.SMTP("localhost", 1025) as relay:
        # ok: smtp-login-without-tls
        relay.login("dev", "dev")
        relay.send_message(msg)


def upload_export(path: Path, host: str, user: str, password: str) -> None:
    ftp = FTP(host)
    # ruleid: ftp-login-cleartext
    ftp.login(user, password)
    with path.open("rb") as fh:
        ftp.storbinary(f"STOR {path.name}", fh)
    ftp.quit()


def fetch_feed(dest: Path) -> None:
    # ruleid: ftp-login-cleartext
    with ftplib.FTP("ftp.partner.example.com", "exports", os.environ["FTP_PASSWORD"]) as ftp:
        with dest.open("wb") as fh:
            ftp.retrbinary("RETR feed.csv", fh.write)


def upload_export_tls(path: Path, host: str, user: str, password: str) -> None:
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    # ok: ftp-login-cleartext
    ftps.login(user, password)
    ftps.prot_p()
    with path.open("rb") as fh:
        ftps.storbinary(f"STOR {path.name}", fh)
    ftps.quit()


def mirror_public(dest: Path) -> None:
    with FTP("ftp.gnu.org") as ftp:
        # ok: ftp-login-cleartext
        ftp.login()
        # ok: ftp-login-cleartext
        ftp.login("anonymous", "ops@example.com")
        with dest.open("wb") as fh:
            ftp.retrbinary("RETR README", fh.write)


def sign_in(username: str, password: str) -> str:
    # ruleid: http-credentials-cleartext
    resp = requests.post("http://auth.example.com/login", json={"username": username, "password": password}, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]


def list_invoices(user: str, password: str) -> list[dict[str, str]]:
    # ruleid: http-credentials-cleartext
    resp = requests.get(f"{PARTNER_API}/invoices", auth=HTTPBasicAuth(user, password), timeout=10)
    return resp.json()


def push_order(order: dict[str, str]) -> None:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {API_TOKEN}"}
    with httpx.Client(timeout=10) as client:
        # ruleid: http-credentials-cleartext
        client.post(PARTNER_API + "/orders", json=order, headers=headers)


def partner_status() -> bytes:
    # ruleid: http-credentials-cleartext
    req = urllib.request.Request("http://partner.example.com/status", headers={"X-API-Key": API_TOKEN})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.read()


def exchange_code(code: str, client_secret: str) -> dict[str, str]:
    data = {"grant_type": "authorization_code", "code": code}
    data["client_secret"] = client_secret
    # ruleid: http-credentials-cleartext
    return requests.post("http://sso.example.com/oauth/token", data=data, timeout=10).json()


def sign_in_safe(username: str, password: str) -> str:
    # ok: http-credentials-cleartext
    resp = requests.post("https://auth.example.com/login", json={"username": username, "password": password}, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]


def local_admin(user: str, password: str) -> int:
    # ok: http-credentials-cleartext
    return requests.get("http://localhost:8080/admin", auth=(user, password), timeout=5).status_code


def internal_billing(token: str) -> dict[str, str]:
    # ok: http-credentials-cleartext
    return requests.get(f"{INTERNAL_API}/usage", headers={"Authorization": f"Bearer {token}"}, timeout=5).json()


def list_products(page_token: str) -> dict[str, str]:
    # ok: http-credentials-cleartext
    return requests.get("http://catalog.example.com/products", params={"page_token": page_token}, timeout=5).json()


def digest_login(user: str, password: str) -> int:
    # ok: http-credentials-cleartext
    return requests.get("http://camera.example.com/snapshot", auth=HTTPDigestAuth(user, password), timeout=5).status_code


def search(term: str) -> dict[str, str]:
    # ok: http-credentials-cleartext
    return requests.get("http://search.example.com/q", params={"q": term}, headers={"Accept": "application/json"}, timeout=5).json()


def serve_metrics(handler: type[socketserver.BaseRequestHandler]) -> None:
    # ruleid: bind-all-interfaces
    with socketserver.TCPServer(("0.0.0.0", 9100), handler) as server:
        server.serve_forever()


def listen(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    # ruleid: bind-all-interfaces
    sock.bind(("::", port))
    return sock


def listen_local(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # ok: bind-all-interfaces
    sock.bind(("127.0.0.1", port))
    return sock


def announce(host: str) -> str:
    # ok: bind-all-interfaces
    if host in {"0.0.0.0", "::"}:
        return "Running on all addresses"
    return f"Running on {host}"


def internal_pool(ca_bundle: str) -> urllib3.PoolManager:
    # ruleid: tls-hostname-not-checked
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=ca_bundle, assert_hostname=False)


def internal_pool_pinned(ca_bundle: str) -> urllib3.PoolManager:
    # ok: tls-hostname-not-checked
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=ca_bundle, assert_hostname="billing.internal")


class NoHostnameAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        # ruleid: tls-hostname-not-checked
        super().init_poolmanager(*args, assert_hostname=False, **kwargs)  # type: ignore[misc]


def strict_pool(ca_bundle: str) -> urllib3.PoolManager:
    # ok: tls-hostname-not-checked
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=ca_bundle)


def legacy_client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # ruleid: tls-legacy-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    # ruleid: tls-legacy-version
    ctx.set_ciphers("ALL:@SECLEVEL=0")
    return ctx


def modern_client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # ok: tls-legacy-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: tls-legacy-version
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4")
    return ctx


def login_partner(username: str, password: str) -> str:
    # ruleid: credentials-in-query-string
    resp = requests.get("https://partner.example.com/login", params={"user": username, "password": password}, timeout=10)
    return resp.json()["token"]


def token_for(client_id: str, client_secret: str) -> str:
    # ruleid: credentials-in-query-string
    resp = httpx.get(f"https://auth.example.com/token?client_id={client_id}&client_secret={client_secret}")
    return resp.json()["access_token"]


def login_partner_safe(username: str, password: str) -> str:
    # ok: credentials-in-query-string
    resp = requests.post("https://partner.example.com/login", data={"user": username, "password": password}, timeout=10)
    return resp.json()["token"]


def search_partner(term: str) -> list[str]:
    # ok: credentials-in-query-string
    return requests.get("https://partner.example.com/search", params={"q": term}, timeout=10).json()
