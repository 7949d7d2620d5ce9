"""Django view: look up a club member by username for the admin console."""
from __future__ import annotations

import django
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="dev-only-not-used-for-signing",
        ALLOWED_HOSTS=["testserver", "localhost"],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=[],
        ROOT_URLCONF=__name__,
    )
    django.setup()

from django.db import connection  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402

MEMBER_COLUMNS = ("id", "username", "email", "tier")


def fetch_members(username: str) -> list[dict[str, object]]:
    """Return member rows whose username matches exactly."""
    sql = "SELECT id, username, email, tier FROM members WHERE username = '%s'" % username
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall()
    return [dict(zip(MEMBER_COLUMNS, row)) for row in rows]


def member_lookup(request: HttpRequest) -> JsonResponse:
    """GET /members/lookup?username=<name> -> {"results": [...]}."""
    username = request.GET.get("username", "").strip()
    if not username:
        return JsonResponse({"error": "username is required"}, status=400)
    members = fetch_members(username)
    return JsonResponse({"results": members})


urlpatterns = [path("members/lookup", member_lookup)]
