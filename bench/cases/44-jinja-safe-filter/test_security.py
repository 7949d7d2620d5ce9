from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_bio_markup_is_escaped() -> None:
    html = mod.render_profile(mod.User("Eve", "hi\n<img src=x onerror=alert(document.cookie)>"))
    assert "<img" not in html
    assert "&lt;img" in html
