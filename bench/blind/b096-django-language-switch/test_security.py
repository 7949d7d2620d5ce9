import importlib, os
from urllib.parse import urlsplit

import pytest
from django.test import RequestFactory

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
rf = RequestFactory()

PAYLOADS = [
    "https://evil.example/login",
    "//evil.example/login",
    "/\\evil.example",
    "http://portal.example.com.evil.example/",
    "https://testserver@evil.example/",
]


def _offsite(loc: str) -> bool:
    loc = loc.replace("\\", "/")
    parts = urlsplit(loc)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return True
    return bool(parts.netloc) and parts.hostname != "testserver" or loc.startswith("//")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_return_to_get_stays_on_site(payload):
    r = mod.switch_language(rf.get("/i18n/switch/", {"lang": "en", "return_to": payload}))
    assert not _offsite(r["Location"]), r["Location"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_return_to_post_stays_on_site(payload):
    r = mod.switch_language(rf.post("/i18n/switch/", {"lang": "de", "return_to": payload}))
    assert not _offsite(r["Location"]), r["Location"]


def test_referer_stays_on_site():
    r = mod.switch_language(rf.get("/i18n/switch/", {"lang": "en"}, HTTP_REFERER="https://evil.example/"))
    assert not _offsite(r["Location"]), r["Location"]
