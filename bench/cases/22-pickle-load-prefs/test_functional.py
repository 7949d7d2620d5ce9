from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip(tmp_path: Path) -> None:
    prefs = mod.Preferences(tab_width=2, theme="dark", recent_files=["a.py", "b.md"])
    assert mod.save_prefs(tmp_path, prefs) == tmp_path / ".editorprefs"
    assert mod.load_prefs(tmp_path) == prefs


def test_defaults_without_file(tmp_path: Path) -> None:
    assert mod.load_prefs(tmp_path) == mod.Preferences()
