from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_switch_and_return() -> None:
    client = mod.app.test_client()
    resp = client.get("/lang/de?next=/pricing%3Fplan%3Dteam")
    assert resp.status_code == 302
    assert resp.headers["Location"] == "/pricing?plan=team"
    assert "lang=de" in resp.headers["Set-Cookie"]


def test_default_target_and_cookie_use() -> None:
    client = mod.app.test_client()
    assert client.get("/lang/fr").headers["Location"] == "/"
    assert client.get("/").data == b"home (fr)"


def test_unknown_language() -> None:
    assert mod.app.test_client().get("/lang/xx").status_code == 404
