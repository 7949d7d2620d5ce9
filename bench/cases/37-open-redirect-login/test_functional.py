from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

USERS = {"ann": "s3cret"}


def test_redirects_to_next_page() -> None:
    resp = mod.handle_login({"username": "ann", "password": "s3cret"}, USERS, "/orders/17?tab=items")
    assert (resp.status, resp.headers["Location"]) == (303, "/orders/17?tab=items")


def test_default_landing() -> None:
    resp = mod.handle_login({"username": "ann", "password": "s3cret"}, USERS)
    assert resp.headers["Location"] == "/account"


def test_wrong_password() -> None:
    resp = mod.handle_login({"username": "ann", "password": "nope"}, USERS, "/orders")
    assert resp.status == 401 and "Location" not in resp.headers
