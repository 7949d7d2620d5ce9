import importlib, os
from urllib.parse import urljoin, urlsplit

import pytest
from werkzeug.security import generate_password_hash

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAYLOADS = [
    "https://evil.example/phish",
    "http://evil.example",
    "//evil.example/login",
    "/\\evil.example/login",
    "\\\\evil.example",
    "https:evil.example",
    "javascript:alert(document.cookie)",
    " //evil.example",
    "/\t/evil.example",
]


def offsite(location: str) -> bool:
    """Would a browser leave localhost when following this Location header?"""
    normalised = location.replace("\\", "/").replace("\t", "").replace("\n", "").strip()
    parts = urlsplit(urljoin("http://localhost/login", normalised))
    return parts.scheme not in ("http", "https") or parts.hostname != "localhost"


@pytest.fixture
def client(monkeypatch):
    # cheap hashes keep the suite fast; the login logic is unchanged
    monkeypatch.setattr(mod, "USERS", {
        "analyst": generate_password_hash("quarterly-numbers", method="pbkdf2:sha256:1000"),
        "manager": generate_password_hash("approve-all-the-things", method="pbkdf2:sha256:1000"),
    })
    mod.app.config["TESTING"] = True
    return mod.app.test_client()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_next_query_param_cannot_redirect_offsite(client, payload):
    resp = client.post("/login", query_string={"next": payload},
                       data={"username": "analyst", "password": "quarterly-numbers"})
    assert resp.status_code in (302, 303)
    assert not offsite(resp.headers["Location"]), resp.headers["Location"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_next_form_field_cannot_redirect_offsite(client, payload):
    resp = client.post("/login", data={"username": "manager", "password": "approve-all-the-things",
                                       "next": payload})
    assert resp.status_code in (302, 303)
    assert not offsite(resp.headers["Location"]), resp.headers["Location"]
