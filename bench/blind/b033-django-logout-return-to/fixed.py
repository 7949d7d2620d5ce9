"""Sign-out and language switch views for the customer portal (Django)."""
from __future__ import annotations

import os
import secrets

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("PORTAL_SECRET_KEY") or secrets.token_urlsafe(50),
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["testserver", "portal.example.com"],
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        USE_TZ=True,
    )

import django

django.setup()

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme

SUPPORTED_LANGUAGES = {"en", "de", "fr"}
DEFAULT_LANDING = "/"


def _return_target(request: HttpRequest) -> str:
    """Where to send the user afterwards: ``return_to`` from the form or query.

    Only URLs on this site are honoured; anything else falls back to the landing page.
    """
    target = request.POST.get("return_to") or request.GET.get("return_to")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return DEFAULT_LANDING


def sign_out(request: HttpRequest) -> HttpResponse:
    """Drop the portal session cookie and go back to where the user came from."""
    response = HttpResponseRedirect(_return_target(request))
    response.delete_cookie("portal_session")
    return response


def switch_language(request: HttpRequest) -> HttpResponse:
    """Remember the chosen UI language in a cookie and return to the page."""
    language = request.GET.get("lang", "en")
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    response = HttpResponseRedirect(_return_target(request))
    response.set_cookie("portal_lang", language, max_age=365 * 24 * 3600, samesite="Lax")
    return response


urlpatterns = [
    path("signout/", sign_out, name="sign-out"),
    path("language/", switch_language, name="switch-language"),
]
