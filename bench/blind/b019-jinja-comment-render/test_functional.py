import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from datetime import datetime


def test_single_comment_exact():
    html = mod.render_thread([mod.Comment("Ana", "Great post", datetime(2024, 3, 1, 9, 5), "https://ana.dev")])
    assert html == (
        '<section class="comments">\n'
        "<h3>1 comment</h3>\n"
        '<article class="comment">\n'
        '<header><a href="https://ana.dev" rel="nofollow">Ana</a> <time>2024-03-01 09:05</time></header>\n'
        "<p>Great post</p>\n"
        "</article>\n"
        "</section>"
    )


def test_ordering_and_plural():
    comments = [
        mod.Comment("Late", "second", datetime(2024, 3, 2)),
        mod.Comment("Early", "first", datetime(2024, 3, 1)),
    ]
    html = mod.render_thread(comments)
    assert "<h3>2 comments</h3>" in html
    assert html.index("first") < html.index("second")
    assert '<a href="#" rel="nofollow">Early</a>' in html


def test_empty_thread():
    html = mod.render_thread([])
    assert "<h3>0 comments</h3>" in html
    assert "<article" not in html


def test_return_type():
    assert isinstance(mod.render_thread([mod.Comment("a", "b", datetime(2020, 1, 1))]), str)
