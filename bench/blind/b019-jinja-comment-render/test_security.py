import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

from datetime import datetime

WHEN = datetime(2024, 1, 1)


def test_script_in_body():
    html = mod.render_thread([mod.Comment("eve", "<script>steal(document.cookie)</script>", WHEN)])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_markup_in_author():
    html = mod.render_thread([mod.Comment("<img src=x onerror=alert(1)>", "hi", WHEN)])
    assert "<img" not in html


def test_attribute_breakout_in_website():
    html = mod.render_thread([mod.Comment("eve", "hi", WHEN, 'https://x.test" onmouseover="alert(1)')])
    assert 'onmouseover="alert(1)"' not in html
    assert '" onmouseover=' not in html
