"""Django endpoint where integrators register webhook URLs for order events."""
from __future__ import annotations

import json
import uuid
from urllib.parse import urlsplit

import django
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="webhooks-dev-only",
        ALLOWED_HOSTS=["testserver"],
        INSTALLED_APPS=[],
        ROOT_URLCONF=__name__,
        DATABASES={},
    )
    django.setup()

from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402

ALLOWED_WEBHOOK_DOMAINS = ("example.com", "partners.example.net")
WEBHOOKS: dict[str, dict[str, str]] = {}


def is_allowed_webhook(url: str) -> bool:
    """Only HTTPS URLs on our own or partner domains may receive order data."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host:
        return False
    return any(host == domain or host.endswith("." + domain) for domain in ALLOWED_WEBHOOK_DOMAINS)


@csrf_exempt
def register_webhook(request: HttpRequest) -> JsonResponse:
    """POST {"url": "...", "event": "order.created"} -> {"id": ...}"""
    if request.method != "POST":
        return JsonResponse({"error": "method not allowed"}, status=405)
    try:
        payload = json.loads(request.body or b"{}")
    except json.JSONDecodeError:
        return JsonResponse({"error": "invalid JSON"}, status=400)
    url = str(payload.get("url", ""))
    if not is_allowed_webhook(url):
        return JsonResponse({"error": "webhook host not allowed"}, status=400)
    hook_id = uuid.uuid4().hex
    WEBHOOKS[hook_id] = {"url": url, "event": str(payload.get("event", "order.created"))}
    return JsonResponse({"id": hook_id, **WEBHOOKS[hook_id]}, status=201)


urlpatterns = [path("webhooks", register_webhook)]
