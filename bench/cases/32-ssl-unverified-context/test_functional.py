from __future__ import annotations

import importlib
import io
import os
import urllib.error
import urllib.request
from typing import Any

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

DOCS = {"https://api.example/health": b'{"ok": true, "version": "3.1"}', "https://jobs.example/health": b'{"ok": false}'}


@pytest.fixture(autouse=True)
def fake_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def urlopen(url: str, **kwargs: Any) -> io.BytesIO:
        if url not in DOCS:
            raise urllib.error.URLError("connection refused")
        return io.BytesIO(DOCS[url])

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)


def test_fetch_health() -> None:
    assert mod.fetch_health("https://api.example/health") == {"ok": True, "version": "3.1"}


def test_status_page() -> None:
    page = mod.status_page({
        "api": "https://api.example/health", "jobs": "https://jobs.example/health", "mail": "https://mail.example/health",
    })
    assert page == {"api": "up", "jobs": "degraded", "mail": "down"}
