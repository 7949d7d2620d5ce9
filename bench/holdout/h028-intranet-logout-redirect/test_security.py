import importlib
import os
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import Client  # noqa: E402

ALLOWED = {"", "testserver", "intranet.corp.example"}


@pytest.mark.parametrize("target", [
    "https://intranet-corp.evil.example/login",
    "//evil.example/phish",
    "/\\evil.example/phish",
    "https:evil.example",
    "javascript:alert(document.domain)",
])
def test_logout_does_not_redirect_off_site(target):
    resp = Client().get("/sso/logout/", {"return_to": target})
    location = resp.get("Location", "")
    normalized = location.replace("\\", "/")
    parts = urlsplit(normalized)
    assert parts.netloc in ALLOWED and not normalized.startswith("//"), f"open redirect to {location}"
    assert parts.scheme in ("", "http", "https")
    assert not (parts.scheme and not parts.netloc), f"scheme-relative trick {location}"
