from __future__ import annotations

import importlib
import os
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "http:evil.example"])
def test_redirect_stays_on_this_site(target: str) -> None:
    resp = mod.app.test_client().get("/lang/en", query_string={"next": target})
    location = resp.headers["Location"]
    parts = urlsplit(location)
    assert parts.netloc in ("", "localhost") and not location.startswith(("//", "/\\")) and not parts.scheme, location
