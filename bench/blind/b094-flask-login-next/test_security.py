import importlib, os
from urllib.parse import urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAYLOADS = [
    "https://evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example/phish",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http:evil.example",
    "/\t/evil.example",
]


def _offsite(location: str) -> bool:
    loc = location.replace("\\", "/").replace("\t", "")
    parts = urlsplit(loc)
    return bool(parts.scheme) or bool(parts.netloc) or loc.startswith("//")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_next_in_query_stays_on_site(payload):
    c = mod.app.test_client()
    r = c.post("/login", query_string={"next": payload}, data={"username": "maria", "password": "shift-lead-1"})
    assert r.status_code in (302, 303)
    assert not _offsite(r.headers["Location"]), r.headers["Location"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_next_in_form_stays_on_site(payload):
    c = mod.app.test_client()
    r = c.post("/login", data={"username": "tom", "password": "tuesdays", "next": payload})
    assert not _offsite(r.headers["Location"]), r.headers["Location"]
