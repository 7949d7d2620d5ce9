from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("target", [
    "https://evil.example/login",
    "//evil.example/login",
    "/\\evil.example/login",
    "javascript:alert(document.cookie)",
])
def test_redirect_stays_on_this_site(target: str) -> None:
    resp = mod.handle_login({"username": "ann", "password": "s3cret"}, {"ann": "s3cret"}, target)
    location = resp.headers["Location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
