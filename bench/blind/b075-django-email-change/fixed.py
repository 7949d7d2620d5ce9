"""Account settings endpoint for the members area (single-module Django app)."""
from __future__ import annotations

import os
import secrets

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("MEMBERS_SECRET_KEY") or secrets.token_hex(32),
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["testserver", "localhost", "members.example.org"],
        MIDDLEWARE=["django.middleware.common.CommonMiddleware",
                    "django.middleware.csrf.CsrfViewMiddleware"],
        INSTALLED_APPS=[],
    )
    import django
    django.setup()

from django.core.validators import validate_email
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views.decorators.http import require_http_methods

SESSION_COOKIE = "members_session"
SESSIONS: dict[str, str] = {}          # session token -> username
PROFILES: dict[str, dict] = {}         # username -> profile


def _member(request: HttpRequest) -> str | None:
    return SESSIONS.get(request.COOKIES.get(SESSION_COOKIE, ""))


@require_http_methods(["GET", "POST"])
def account_settings(request: HttpRequest):
    """GET returns the profile; POST updates e-mail and the newsletter flag."""
    username = _member(request)
    if username is None:
        return JsonResponse({"error": "login required"}, status=401)
    profile = PROFILES.setdefault(username, {"email": "", "newsletter": False})
    if request.method == "POST":
        new_email = request.POST.get("email", "").strip()
        try:
            validate_email(new_email)
        except ValidationError:
            return HttpResponseBadRequest("invalid email")
        profile["email"] = new_email
        profile["newsletter"] = request.POST.get("newsletter") == "on"
    return JsonResponse({"user": username, **profile})


urlpatterns = [path("account/settings", account_settings)]
