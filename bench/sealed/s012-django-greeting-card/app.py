"""E-card preview page (single-file Django app)."""
from __future__ import annotations

import os
import secrets

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS=["testserver", "localhost"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
    )

import django  # noqa: E402

django.setup()

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest  # noqa: E402
from django.urls import path  # noqa: E402

CARD_TEMPLATE = """<!doctype html>
<html><body>
<div class="card %s">
  <h1>Dear %s,</h1>
  <p>%s</p>
  <footer>Sent with love via CardCo</footer>
</div>
</body></html>"""

THEMES = {"birthday", "thanks", "holiday"}


def card_preview(request: HttpRequest) -> HttpResponse:
    """Render a preview of an e-card from query parameters."""
    recipient = request.GET.get("to", "").strip()
    message = request.GET.get("message", "").strip()
    theme = request.GET.get("theme", "birthday")
    if not recipient or theme not in THEMES:
        return HttpResponseBadRequest("recipient and a valid theme are required")
    html = CARD_TEMPLATE % (theme, recipient, message)
    return HttpResponse(html, content_type="text/html; charset=utf-8")


urlpatterns = [path("cards/preview", card_preview)]
