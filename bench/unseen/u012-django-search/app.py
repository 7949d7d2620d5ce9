"""Single-module Django site: a tiny article search page."""
from __future__ import annotations

import os
import secrets

import django
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import path

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["testserver", "localhost", "127.0.0.1"],
        INSTALLED_APPS=[],
        MIDDLEWARE=[],
    )
    django.setup()

ARTICLES = [
    "Getting started with Django",
    "Deploying Django behind nginx",
    "Writing async views",
]


def search(request: HttpRequest) -> HttpResponse:
    """Show which articles match ``?q=``."""
    q = request.GET.get("q", "")
    matches = [title for title in ARTICLES if q.lower() in title.lower()]
    items = "".join(f"<li>{title}</li>" for title in matches)
    return HttpResponse("<p>Results for " + q + "</p><ul>" + items + "</ul>")


urlpatterns = [path("search/", search, name="search")]
