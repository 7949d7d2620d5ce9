"""Service-to-service token check for the billing microservice (Django views)."""
from __future__ import annotations

import os
from typing import Any

import jwt
from django.conf import settings

if not settings.configured:
    settings.configure(DEBUG=False, ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, USE_TZ=True)
    import django

    django.setup()

from django.http import HttpRequest, JsonResponse
from django.urls import path

SUPPORTED_ALGORITHMS = ("HS256", "HS384", "HS512")


def _service_key() -> str:
    return os.environ.get("BILLING_SERVICE_KEY", "")


def parse_service_token(token: str) -> dict[str, Any]:
    """Validate a caller token and return its claims; raises jwt.InvalidTokenError."""
    key = _service_key()
    if not key:
        raise jwt.InvalidTokenError("service key not configured")
    return jwt.decode(token, key, algorithms=list(SUPPORTED_ALGORITHMS))


def _caller(request: HttpRequest) -> dict[str, Any] | None:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        return None
    try:
        return parse_service_token(auth[len("Bearer "):])
    except jwt.InvalidTokenError:
        return None


def invoice_totals(request: HttpRequest, customer_id: str) -> JsonResponse:
    caller = _caller(request)
    if caller is None:
        return JsonResponse({"error": "unauthorized"}, status=401)
    if "invoices:read" not in caller.get("scope", "").split():
        return JsonResponse({"error": "forbidden"}, status=403)
    return JsonResponse({"customer": customer_id, "caller": caller.get("iss"), "open": 3, "total_cents": 129900})


urlpatterns = [path("invoices/<str:customer_id>/totals", invoice_totals)]
