"""Single-file Django login endpoint for the partner portal."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from django.conf import settings

if not settings.configured:
    settings.configure(
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS=["portal.example.com", "testserver"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
    )

import django  # noqa: E402

django.setup()

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils.http import url_has_allowed_host_and_scheme  # noqa: E402

DEFAULT_REDIRECT = "/dashboard/"
USERS: dict[str, tuple[bytes, bytes]] = {}


def add_user(username: str, password: str) -> None:
    salt = os.urandom(16)
    USERS[username] = (salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1))


def credentials_valid(username: str, password: str) -> bool:
    record = USERS.get(username)
    if record is None:
        return False
    salt, digest = record
    return hmac.compare_digest(digest, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1))


def login_view(request: HttpRequest) -> HttpResponse:
    """POST credentials; on success go to ``next`` (or the dashboard)."""
    if request.method != "POST":
        return JsonResponse({"error": "POST required"}, status=405)
    username = request.POST.get("username", "")
    if not credentials_valid(username, request.POST.get("password", "")):
        return JsonResponse({"error": "invalid credentials"}, status=401)
    next_url = request.GET.get("next") or request.POST.get("next")
    safe = next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    target = next_url if safe else DEFAULT_REDIRECT
    response = HttpResponseRedirect(target)
    response.set_signed_cookie("portal_user", username, httponly=True, secure=True, samesite="Lax")
    return response


urlpatterns = [path("accounts/login/", login_view)]
