import importlib, os
from urllib.parse import urljoin, urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from django.test import RequestFactory  # noqa: E402

rf = RequestFactory()

PAYLOADS = [
    "https://evil.example/fake-login",
    "//evil.example/",
    "http://testserver.evil.example/",
    "https://testserver@evil.example/",
    "/\\evil.example",
    "ftp://evil.example/file",
]


def offsite(location: str) -> bool:
    normalised = location.replace("\\", "/")
    parts = urlsplit(urljoin("http://testserver/signout/", normalised))
    return parts.scheme not in ("http", "https") or parts.hostname != "testserver"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sign_out_query_not_offsite(payload):
    resp = mod.sign_out(rf.get("/signout/", {"return_to": payload}))
    assert not offsite(resp["Location"]), resp["Location"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sign_out_form_not_offsite(payload):
    resp = mod.sign_out(rf.post("/signout/", {"return_to": payload}))
    assert not offsite(resp["Location"]), resp["Location"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_switch_language_not_offsite(payload):
    resp = mod.switch_language(rf.get("/language/", {"lang": "de", "return_to": payload}))
    assert not offsite(resp["Location"]), resp["Location"]
