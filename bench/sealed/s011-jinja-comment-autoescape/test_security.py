import importlib
import os
from datetime import datetime

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_comment_body_is_escaped():
    c = mod.Comment(1, "eve", "<script>fetch('/steal?c='+document.cookie)</script>", datetime(2024, 1, 1))
    html = mod.render_comment(c)
    assert "<script>" not in html


def test_author_is_escaped_in_thread():
    c = mod.Comment(1, "<img src=x onerror=alert(1)>", "hi", datetime(2024, 1, 1))
    html = mod.render_thread([c])
    assert "<img" not in html
