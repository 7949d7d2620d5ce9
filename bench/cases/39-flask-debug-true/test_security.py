from __future__ import annotations

import importlib
import os
from typing import Any

import pytest
import werkzeug.serving

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_debugger_is_not_served(monkeypatch: pytest.MonkeyPatch) -> None:
    # run_simple is where the server would bind a socket; record what it would serve instead
    served: dict[str, Any] = {}
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    monkeypatch.setattr(werkzeug.serving, "run_simple", lambda host, port, app, **kw: served.update(kw, app=app))
    mod.main()
    assert not served.get("use_debugger")
    assert not served["app"].debug
