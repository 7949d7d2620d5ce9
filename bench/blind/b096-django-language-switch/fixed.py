"""Language switcher for the customer portal (single-file Django app)."""
from __future__ import annotations

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="portal-test-key",
        ALLOWED_HOSTS=["testserver", "portal.example.com"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
    )
    import django

    django.setup()

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme

SUPPORTED_LANGUAGES = {"en", "de", "fr", "es"}
LANGUAGE_COOKIE = "portal_lang"
HOME_PATH = "/account/"


def switch_language(request: HttpRequest) -> HttpResponse:
    """Remember the chosen language, then send the user back to ``return_to``."""
    source = request.POST if request.method == "POST" else request.GET
    language = source.get("lang", "").lower()
    if language not in SUPPORTED_LANGUAGES:
        return HttpResponseBadRequest("unsupported language")

    return_to = source.get("return_to") or request.META.get("HTTP_REFERER") or HOME_PATH
    if not url_has_allowed_host_and_scheme(
        return_to, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return_to = HOME_PATH
    response = HttpResponseRedirect(return_to)
    response.set_cookie(LANGUAGE_COOKIE, language, max_age=365 * 24 * 3600, samesite="Lax")
    return response


urlpatterns = [path("i18n/switch/", switch_language, name="switch-language")]
