from __future__ import annotations

import importlib
import os
from typing import Any

import pytest
import werkzeug.serving

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_quote() -> None:
    client = mod.create_app().test_client()
    assert client.get("/quote?qty=2").get_json() == {"quantity": 2, "total": "9.00"}
    assert client.get("/quote?qty=10").get_json() == {"quantity": 10, "total": "40.50"}


def test_main_serves_on_configured_port(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    monkeypatch.setenv("PORT", "9123")
    monkeypatch.setattr(werkzeug.serving, "run_simple", lambda host, port, app, **kw: calls.append((host, port)))
    mod.main()
    assert calls == [("127.0.0.1", 9123)]
