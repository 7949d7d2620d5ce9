from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip() -> None:
    data = {"user_id": 42, "cart": ["sku-1", "sku-2"], "flash": None, "admin": False}
    assert mod.decode_session(mod.encode_session(data)) == data


def test_cookie_is_header_safe() -> None:
    cookie = mod.encode_session({"name": "Zoë; x=1"})
    assert ";" not in cookie and " " not in cookie


def test_from_headers() -> None:
    cookie = mod.encode_session({"user_id": 7})
    assert mod.session_from_headers({"Cookie": f"theme=dark; session={cookie}"}) == {"user_id": 7}
    assert mod.session_from_headers({}) == {}


def test_garbage_cookie_is_empty_session() -> None:
    assert mod.decode_session("not base64 at all!") == {}
