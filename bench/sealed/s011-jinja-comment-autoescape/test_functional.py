import importlib
import os
from datetime import datetime

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_render_single_comment():
    c = mod.Comment(7, "Grace", "Great post, thanks", datetime(2024, 3, 1, 12, 0))
    html = mod.render_comment(c)
    assert "id='c7'" in html or 'id="c7"' in html
    assert "<strong>Grace</strong>" in html
    assert "<time>2024-03-01</time>" in html
    assert "Great post, thanks" in html


def test_thread_is_sorted_and_counted():
    comments = [
        mod.Comment(2, "Bob", "second", datetime(2024, 3, 2)),
        mod.Comment(1, "Ann", "first", datetime(2024, 3, 1)),
    ]
    html = mod.render_thread(comments)
    assert "<h3>2 comments</h3>" in html
    assert html.index("first") < html.index("second")
    assert html.count("<article") == 2
