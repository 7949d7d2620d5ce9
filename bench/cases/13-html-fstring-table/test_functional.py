from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

BOOKS = [{"title": "Dune", "author": "Frank Herbert", "year": 1965}]


def test_results_table() -> None:
    html = mod.render_results("dune", BOOKS)
    assert html.startswith("<h2>1 results for <em>dune</em></h2>")
    assert "<tr><td>Dune</td><td>Frank Herbert</td><td>1965</td></tr>" in html


def test_empty_results() -> None:
    assert mod.render_results("zzz", []) == "<p class='empty'>No books match <em>zzz</em>.</p>"
