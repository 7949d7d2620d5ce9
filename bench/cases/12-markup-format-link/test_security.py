from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_display_name_markup_is_escaped() -> None:
    html = str(mod.profile_link("eve", "<img src=x onerror=alert(1)>"))
    assert "<img" not in html


def test_username_cannot_break_out_of_the_attribute() -> None:
    html = str(mod.profile_link('x" onmouseover="alert(1)', "Eve"))
    assert 'onmouseover="alert' not in html
