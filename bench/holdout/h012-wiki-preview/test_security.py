import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_script_in_body_is_escaped():
    html = mod.render_preview("t", "hello <script>alert(document.cookie)</script>", "kim")
    assert "<script>" not in html


def test_title_and_author_are_escaped():
    html = mod.render_preview('<img src=x onerror=alert(1)>', "body", '<svg onload=alert(2)>')
    assert "<img" not in html and "<svg" not in html


def test_markup_inside_bold_is_escaped():
    html = mod.render_preview("t", "**<iframe src=//evil.example></iframe>**", "kim")
    assert "<iframe" not in html
