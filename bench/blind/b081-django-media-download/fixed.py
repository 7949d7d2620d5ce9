"""Serve user-uploaded media (avatars, attachments) for the community site."""
from __future__ import annotations

import mimetypes
import os

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("COMMUNITY_SECRET_KEY", "not-used-for-signing"),
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["testserver", "localhost"],
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
    )
    import django
    django.setup()

from django.http import FileResponse, Http404, HttpRequest, HttpResponseBadRequest
from django.urls import path

MEDIA_DIR = "/srv/community/media"


def _locate(name: str) -> str:
    """Map a media name such as 'avatars/42.png' to a file on disk."""
    base = os.path.realpath(MEDIA_DIR)
    full_path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, full_path]) != base or not os.path.isfile(full_path):
        raise Http404("no such media")
    return full_path


def media_file(request: HttpRequest):
    """GET /media?name=<relative path> -> the file's bytes."""
    name = request.GET.get("name", "")
    if not name:
        return HttpResponseBadRequest("name is required")
    file_path = _locate(name)
    content_type = mimetypes.guess_type(file_path)[0] or "application/octet-stream"
    return FileResponse(open(file_path, "rb"), content_type=content_type)


urlpatterns = [path("media", media_file)]
