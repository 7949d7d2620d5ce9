"""Web handlers that fetch URLs and redirect."""
from __future__ import annotations

import urllib.parse
from urllib.parse import urlparse
from urllib.request import urlopen

import httpx
import requests
from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from flask import Flask, abort, jsonify, redirect, request, url_for

app = Flask(__name__)
api = FastAPI()
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.route("/avatar/import", methods=["POST"])
def import_avatar():
    url = request.form["url"]
    # ruleid: ssrf-user-url
    resp = requests.get(url, timeout=5)
    return resp.content, 200, {"Content-Type": resp.headers.get("Content-Type", "image/png")}


@app.route("/preview")
def preview():
    target = request.args.get("url", "")
    # ruleid: ssrf-user-url
    with urlopen(target, timeout=5) as resp:
        return jsonify(title=resp.read(200).decode(errors="replace"))


@api.get("/proxy")
async def proxy(url: str) -> dict[str, str]:
    async with httpx.AsyncClient(timeout=5.0) as client:
        # ruleid: ssrf-user-url
        resp = await client.get(url)
    return {"body": resp.text}


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https"):
        abort(400)
    # ruleid: ssrf-user-url
    return requests.get(url, timeout=5).text


@api.get("/thumbnail")
async def thumbnail(src: str) -> dict[str, str]:
    async with httpx.AsyncClient() as client:
        if urllib.parse.urlsplit(src).hostname not in ALLOWED_HOSTS:
            raise ValueError(src)
        # ok: ssrf-user-url
        resp = await client.get(src)
    return {"body": resp.text}


@api.get("/thumbnail-unchecked")
async def thumbnail_unchecked(src: str, size: int = 64) -> dict[str, str]:
    async with httpx.AsyncClient() as client:
        # ruleid: ssrf-user-url
        resp = await client.get(src, params={"size": size})
    return {"body": resp.text}


@app.route("/avatar/import-safe", methods=["POST"])
def import_avatar_safe():
    url = request.form["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    # ok: ssrf-user-url
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return resp.content


@app.route("/preview-safe")
def preview_safe():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")) or not is_public_url(url):
        abort(400)
    # ok: ssrf-user-url
    return requests.get(url, timeout=5, allow_redirects=False).text


@app.route("/status")
def status():
    # ok: ssrf-user-url
    return requests.get("https://status.example.com/api", timeout=5).json()


@app.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.args.get("next", "/")
    # ruleid: open-redirect
    return redirect(next_url)


def logout_view(request: HttpRequest) -> HttpResponseRedirect:
    # ruleid: open-redirect
    return HttpResponseRedirect(request.GET.get("return_to", "/"))


@app.route("/login-safe", methods=["GET", "POST"])
def login_safe():
    next_url = request.args.get("next", "")
    parts = urlparse(next_url)
    if parts.scheme or parts.netloc or not next_url.startswith("/"):
        next_url = url_for("index")
    # ok: open-redirect
    return redirect(next_url)


def logout_view_safe(request: HttpRequest) -> HttpResponseRedirect:
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: open-redirect
    return HttpResponseRedirect(target)


@app.get("/lang/<code>")
def switch_language(code: str):
    target = local_path(request.args.get("next"))
    # ok: open-redirect
    return redirect(target)


@app.route("/home")
def home():
    # ok: open-redirect
    return redirect(url_for("index"))


def fetch_avatar(url: str) -> bytes:
    # ruleid: ssrf-param-url
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return resp.content


def deliver_webhook(webhook_url: str, payload: dict[str, str]) -> int:
    with httpx.Client(timeout=5.0) as client:
        # ruleid: ssrf-param-url
        return client.post(webhook_url, json=payload).status_code


async def import_feed(feed: str) -> bytes:
    # ruleid: ssrf-param-url
    with urlopen(feed, timeout=5) as resp:
        return resp.read()


def fetch_avatar_checked(url: str) -> bytes:
    _check_public_url(url)
    # ok: ssrf-param-url
    return requests.get(url, timeout=5, allow_redirects=False).content


def fetch_avatar_allowed(url: str) -> bytes:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError(url)
    # ok: ssrf-param-url
    return requests.get(url, timeout=5, allow_redirects=False).content


def fetch_image_listed(image_url: str) -> bytes:
    if urllib.parse.urlsplit(image_url).hostname not in ALLOWED_HOSTS:
        raise ValueError(image_url)
    # ok: ssrf-param-url
    return requests.get(image_url, timeout=5, allow_redirects=False).content


def fetch_health(url: str) -> dict[str, str]:
    # ok: ssrf-param-url
    return requests.get(url, timeout=5).json()


def api_get(base_url: str, path: str) -> dict[str, str]:
    # ok: ssrf-param-url
    return requests.get(base_url + path, timeout=5).json()


@app.route("/avatar/<path:url>")
def avatar_route(url: str):
    # ruleid: ssrf-user-url
    return requests.get(url, timeout=5).content


def safe_next(next_url: str | None) -> str:
    # ruleid: open-redirect-param
    return next_url or "/account"


def finish_login(user_id: int, redirect_to: str) -> tuple[int, dict[str, str]]:
    # ruleid: open-redirect-param
    return 303, {"Location": redirect_to}


def finish_logout(return_url: str):
    # ruleid: open-redirect-param
    return redirect(return_url or "/")


def local_next(next_url: str | None) -> str:
    if not next_url or not next_url.startswith("/") or next_url.startswith(("//", "/\\")):
        return "/account"
    # ok: open-redirect-param
    return next_url


def finish_login_checked(user_id: int, redirect_to: str) -> tuple[int, dict[str, str]]:
    # ok: open-redirect-param
    return 303, {"Location": local_next(redirect_to)}


def finish_logout_allowed(return_url: str):
    if not url_has_allowed_host_and_scheme(return_url, allowed_hosts={"shop.example.com"}):
        return_url = "/"
    # ok: open-redirect-param
    return redirect(return_url)


def next_page(page: int) -> str:
    # ok: open-redirect-param
    return f"/items?page={page + 1}"


def redirect_to(location: str, code: int = 302):
    # ok: open-redirect-param
    return redirect(location, code=code)


def _is_https_redirect(next_url: str, location: str) -> bool:
    # ok: open-redirect-param
    return next_url.replace("http://", "https://", 1) == location


PARTNER_DOMAIN = "partner.example"


def manifest_allowed(url: str) -> bool:
    parsed = urllib.parse.urlparse(url)
    host = (parsed.hostname or "").lower()
    # ruleid: host-suffix-check
    return parsed.scheme == "https" and host.endswith(PARTNER_DOMAIN)


def status_page_allowed(url: str) -> bool:
    # ruleid: host-suffix-check
    return urllib.parse.urlsplit(url).hostname.endswith("status.example.com")


def manifest_allowed_strictly(url: str) -> bool:
    host = (urllib.parse.urlparse(url).hostname or "").lower()
    # ok: host-suffix-check
    return host == PARTNER_DOMAIN or host.endswith("." + PARTNER_DOMAIN)


def is_report(name: str) -> bool:
    # ok: host-suffix-check
    return name.endswith("report.csv")


TRUSTED_SUFFIXES = ("example.com", "example.net")
PARTNER_HOSTS = ["api.partner.example", "cdn.partner.example"]
SUBDOMAIN_SUFFIXES = (".example.com", ".example.net")


@app.route("/out")
def outbound():
    parsed = urlparse(request.args.get("to", ""))
    host = parsed.hostname or ""
    # ruleid: host-suffix-check
    if not host.endswith(TRUSTED_SUFFIXES):
        abort(400)
    return redirect(parsed.geturl())


def partner_fetch(url: str) -> bytes:
    host = urllib.parse.urlsplit(url).hostname or ""
    # ruleid: host-suffix-check
    if any(host.endswith(suffix) for suffix in PARTNER_HOSTS):
        return requests.get(url, timeout=5).content
    raise PermissionError(url)


def subdomain_only(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    # ok: host-suffix-check
    return host == "example.com" or host.endswith(SUBDOMAIN_SUFFIXES)


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    # ruleid: url-substring-check
    if "example.com" in target:
        # ruleid: open-redirect
        return redirect(target)
    return redirect("/")


@api.get("/proxy")
async def proxy(url: str) -> dict:
    # ruleid: url-substring-check
    if not url.startswith("https://api.example.com"):
        raise PermissionError(url)
    async with httpx.AsyncClient() as client:
        # ruleid: ssrf-user-url
        resp = await client.get(url)
    return resp.json()


class WebhookSender:
    def __init__(self) -> None:
        self.session = requests.Session()

    def deliver(self, callback_url: str, payload: dict) -> int:
        # ruleid: url-substring-check
        if "hooks.example.com" not in callback_url:
            raise ValueError("callback must be on hooks.example.com")
        response = self.session.post(callback_url, json=payload, timeout=10)
        return response.status_code


@app.route("/continue-safe")
def continue_safe():
    target = request.args.get("next", "/")
    # ok: url-substring-check
    if target.startswith("https://example.com/"):
        return redirect(target)
    return redirect("/")


def fetch_partner(url: str) -> bytes:
    parts = urllib.parse.urlsplit(url)
    # ok: url-substring-check
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise PermissionError(url)
    return requests.get(url, timeout=5).content


def describe(url: str) -> str:
    # ok: url-substring-check
    if "example.com" in url:
        return "internal"
    return "external"


def _deliver(url: str, event: dict) -> requests.Response:
    return requests.post(url, json=event, timeout=5)


@app.post("/webhooks/test")
def test_webhook():
    payload = request.get_json(silent=True) or {}
    endpoint = str(payload.get("url", ""))
    event = {"type": "ping", "account": str(payload.get("account", ""))}
    # ruleid: ssrf-user-url
    reply = _deliver(endpoint, event)
    return jsonify(status=reply.status_code)


@app.post("/webhooks/test-checked")
def test_webhook_checked():
    payload = request.get_json(silent=True) or {}
    endpoint = str(payload.get("url", ""))
    event = {"type": "ping", "account": str(payload.get("account", ""))}
    if not is_allowed_url(endpoint):
        abort(400)
    # ok: ssrf-user-url
    reply = _deliver(endpoint, event)
    return jsonify(status=reply.status_code)


class Notifier:
    """Posts events to the subscriber's endpoint."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout

    def _fetch(self, event: dict, url: str) -> httpx.Response:
        return httpx.post(url, json=event, timeout=self.timeout)

    def relay(self):
        target = request.args.get("target", "")
        # ruleid: ssrf-user-url
        return self._fetch({"type": "relay"}, target).status_code

    def relay_event(self):
        kind = request.args.get("kind", "relay")
        # ok: ssrf-user-url
        return self._fetch({"type": kind}, "https://hooks.example.com/in").status_code


def _back_to(request: HttpRequest) -> str:
    target = request.POST.get("back") or request.GET.get("back")
    return target or "/"


def _checked_back_to(request: HttpRequest) -> str:
    target = request.GET.get("back", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/"


def sign_out(request: HttpRequest):
    # ruleid: open-redirect
    return HttpResponseRedirect(_back_to(request))


def sign_out_checked(request: HttpRequest):
    # ok: open-redirect
    return HttpResponseRedirect(_checked_back_to(request))


PARTNER_HOSTS = ("shop.example.com", "help.example.com")
PAGE_WORDS = ("draft", "archived")


def is_partner_link(url: str) -> bool:
    # ruleid: host-list-substring-check
    return any(host in url for host in PARTNER_HOSTS)


def is_docs_link(url: str) -> bool:
    # ruleid: host-list-substring-check
    return any(h in url.lower() for h in ["docs.example.org", "api.example.org"])


def is_partner_host(url: str) -> bool:
    host = urlparse(url).hostname or ""
    # ok: host-list-substring-check
    return any(host == h or host.endswith("." + h) for h in PARTNER_HOSTS)


def is_hidden_page(title: str) -> bool:
    # ok: host-list-substring-check
    return any(word in title for word in PAGE_WORDS)


@app.route("/login-next")
def login_next():
    next_url = request.values.get("next", "")
    destination = next_url if _is_local_path(next_url) else url_for("index")
    # ok: open-redirect
    return redirect(destination)


def _checked_fetch(url: str) -> bytes:
    if not is_allowed_url(url):
        raise ValueError("url not allowed")
    return requests.get(url, timeout=5).content


@app.route("/fetch-checked")
def fetch_checked():
    # ok: ssrf-user-url
    return _checked_fetch(request.args.get("url", ""))
