from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_renders_each_comment() -> None:
    html = mod.render_thread([{"author": "ann", "text": "Great post"}, {"author": "bo", "text": "Thanks"}])
    assert html.startswith('<ul class="comments">')
    assert "<li><b>ann</b>: Great post</li>" in html
    assert "<li><b>bo</b>: Thanks</li>" in html


def test_labels() -> None:
    assert mod.comment_count_label(0) == "No comments yet"
    assert mod.comment_count_label(1) == "1 comment"
    assert mod.comment_count_label(3) == "3 comments"
