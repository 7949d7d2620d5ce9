"""Sign-in, settings and operations endpoints."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from flask import Flask, make_response, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
SESSION_COOKIE = "sid"


@app.post("/login")
def login() -> object:
    sid = os.urandom(16).hex()
    resp = make_response("ok")
    # ruleid: cookie-without-flags
    resp.set_cookie(SESSION_COOKIE, sid, max_age=3600)
    if request.form.get("remember"):
        # ruleid: cookie-without-flags
        resp.set_cookie("remember", sid, max_age=86400, httponly=True)
    # ok: cookie-without-flags
    resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")
    # ok: cookie-without-flags
    resp.set_cookie("theme", "dark")
    # ok: cookie-without-flags
    resp.set_cookie("lang", request.args.get("lang", "en"), max_age=86400)
    return resp


@app.post("/device")
def device() -> object:
    device_id = secrets.token_hex(16)
    resp = make_response("ok")
    # ruleid: cookie-without-flags
    resp.set_cookie("device", device_id)
    return resp


# ruleid: csrf-exempt-view
@csrf_exempt
def change_email(request: HttpRequest) -> HttpResponse:
    return HttpResponse("changed")


def profile(request: HttpRequest) -> HttpResponse:
    # ok: csrf-exempt-view
    return HttpResponse("profile")


@app.post("/hook")
def webhook() -> str:
    return "received"


# ruleid: csrf-exempt-view
csrf.exempt(webhook)
# ruleid: csrf-exempt-view
app.config["WTF_CSRF_ENABLED"] = False
# ok: csrf-exempt-view
app.config["WTF_CSRF_TIME_LIMIT"] = 3600


def token_is_valid(presented: str) -> bool:
    expected = os.environ.get("OPS_TOKEN", "")
    # ok: secret-compared-with-equals
    if not expected or expected == "":
        return False
    # ruleid: secret-compared-with-equals
    return presented == expected


def signature_ok(body: bytes, signature: str) -> bool:
    key = os.environ["WEBHOOK_KEY"].encode()
    # ruleid: secret-compared-with-equals
    return hmac.new(key, body, hashlib.sha256).hexdigest() == signature


def signature_ok_constant_time(body: bytes, signature: str) -> bool:
    key = os.environ["WEBHOOK_KEY"].encode()
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    # ok: secret-compared-with-equals
    return hmac.compare_digest(expected, signature)


def checksum_matches(data: bytes, published: str) -> bool:
    # ok: secret-compared-with-equals
    return hashlib.sha256(data).hexdigest() == published


API_KEY = os.environ.get("REPORTS_API_KEY", "")
ALLOWED_ORIGINS = ("https://app.example.com",)


@app.get("/reports")
def reports() -> object:
    # ruleid: secret-compared-with-equals
    if request.headers.get("X-Api-Key") != API_KEY:
        return {"error": "unauthorized"}, 401
    return {"reports": []}


def require_api_key(provided_key: str, settings: object) -> None:
    # ruleid: secret-compared-with-equals
    if provided_key != settings.API_KEY:
        raise PermissionError("bad key")


class WebhookView:
    def post(self, request: HttpRequest) -> HttpResponse:
        secret = app.config["WEBHOOK_SECRET"]
        token = request.headers["X-Hook-Token"]
        # ruleid: secret-compared-with-equals
        if token == secret:
            return HttpResponse("ok")
        return HttpResponse(status=403)


async def verify_signature(body: bytes, signature: str, secret: bytes) -> bool:
    mac = hmac.new(secret, body, hashlib.sha256)
    # ruleid: secret-compared-with-equals
    return mac.hexdigest() == signature


def bearer_ok(header: str) -> bool:
    # ruleid: secret-compared-with-equals
    return header.removeprefix("Bearer ") == os.environ["SERVICE_TOKEN"]


def require_api_key_safe(provided_key: str, settings: object) -> None:
    # ok: secret-compared-with-equals
    if not hmac.compare_digest(provided_key.encode(), settings.API_KEY.encode()):
        raise PermissionError("bad key")


def settings_changed(settings: object) -> bool:
    # ok: secret-compared-with-equals
    return settings.API_KEY == DEFAULT_API_KEY


def password_matches(password: str, stored_hash: str) -> bool:
    digest = hashlib.sha256(password.encode()).hexdigest()
    # ok: secret-compared-with-equals
    return digest == stored_hash


class Credentials:
    def __init__(self, token: str) -> None:
        self.token = token

    def __eq__(self, other: object) -> bool:
        # ok: secret-compared-with-equals
        return isinstance(other, Credentials) and self.token == other.token


def api_key_missing(settings: object) -> bool:
    # ok: secret-compared-with-equals
    return settings.API_KEY == ""


def key_is_valid(presented: str | None, expected: str) -> bool:
    if not presented or not expected:
        return False
    # ruleid: secret-compared-in-helper
    return presented == expected


def verify_signature(body: bytes, signature: str, computed: str) -> bool:
    # ruleid: secret-compared-in-helper
    if computed != signature:
        return False
    return True


def sort_key(a: str, b: str) -> bool:
    # ok: secret-compared-in-helper
    return a == b


def token_matches(given: str, stored: str) -> bool:
    # ok: secret-compared-in-helper
    return hmac.compare_digest(given, stored)


def check_token_kind(kind: str, other: str) -> bool:
    # ok: secret-compared-in-helper
    return kind == "bearer"


def completion_args(words: list[str]) -> list[str]:
    incomplete = os.environ["COMP_CWORD"]
    # ok: secret-compared-with-equals
    if incomplete and words and words[-1] == incomplete:
        words.pop()
    return words


def issue_session_cookie(resp: HttpResponse, sid: str) -> HttpResponse:
    # ruleid: cookie-samesite-none
    resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="None")
    return resp


def issue_session_cookie_lax(resp: HttpResponse, sid: str) -> HttpResponse:
    # ok: cookie-samesite-none
    resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax")
    return resp


def issue_embed_preference(resp: HttpResponse, theme: str) -> HttpResponse:
    # ok: cookie-samesite-none
    resp.set_cookie("theme", theme, secure=True, samesite="None")
    return resp


embedded = Flask("embedded")
# ruleid: cookie-samesite-none
embedded.config["SESSION_COOKIE_SAMESITE"] = "None"
# ok: cookie-samesite-none
embedded.config["SESSION_COOKIE_SECURE"] = True

# ruleid: cookie-samesite-none
CSRF_COOKIE_SAMESITE = "None"
