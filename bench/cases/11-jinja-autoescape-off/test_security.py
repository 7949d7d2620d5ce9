from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_script_in_comment_is_escaped() -> None:
    html = mod.render_thread([{"author": "mallory", "text": "<script>steal(document.cookie)</script>"}])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
