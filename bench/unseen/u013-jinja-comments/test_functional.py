import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_render_single_comment():
    html = mod.CommentRenderer().render(mod.Comment("ann", "Nice post, thanks", "2024-05-01"))
    assert "<strong>ann</strong>" in html
    assert '<div class="body">Nice post, thanks</div>' in html
    assert "2024-05-01" in html


def test_thread_is_ordered_by_date():
    renderer = mod.CommentRenderer()
    html = renderer.render_thread([
        mod.Comment("bob", "second", "2024-05-02"),
        mod.Comment("ann", "first", "2024-05-01"),
    ])
    assert html.index("first") < html.index("second")
    assert html.count('<article class="comment">') == 2
