import importlib
import os
import re

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("target", [
    "https://evil.example/phish",
    "//evil.example/login",
    "/\\evil.example",
    "https:evil.example",
    "  //evil.example",
])
def test_logout_never_redirects_off_site(target):
    client = mod.create_app().test_client()
    resp = client.get("/logout", query_string={"next": target})
    location = resp.headers.get("Location", "")
    assert _browser_host(location) == "localhost", f"redirected off-site via {location!r}"


def _browser_host(location):
    """Host a WHATWG-style browser navigates to for this Location value."""
    loc = location.strip().replace("\\", "/")
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", loc)
    if m:
        if m.group(1).lower() not in ("http", "https"):
            return m.group(1).lower()
        # special schemes ignore any number of slashes before the authority
        return re.split(r"[/?#]", m.group(2).lstrip("/"))[0].rsplit("@", 1)[-1].split(":")[0].lower()
    if loc.startswith("//"):
        return re.split(r"[/?#]", loc[2:])[0].rsplit("@", 1)[-1].split(":")[0].lower()
    return "localhost"
