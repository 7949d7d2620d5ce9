from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_profile_keeps_line_breaks() -> None:
    html = mod.render_profile(mod.User("Ann Lee", "Baker.\nCyclist.\n"))
    assert "<h1>Ann Lee</h1>" in html
    assert '<div class="bio">Baker.<br>\nCyclist.</div>' in html


def test_display_name_is_escaped() -> None:
    assert "<h1>Tom &amp; Jerry</h1>" in mod.render_profile(mod.User("Tom & Jerry", "hi"))
