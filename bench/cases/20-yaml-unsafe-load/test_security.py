from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_python_tags_are_not_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    doc = f"image: !!python/object/apply:builtins.open [{str(marker)!r}, 'w']\nsteps: []\n"
    with contextlib.suppress(Exception):
        mod.parse_pipeline(doc)
    assert not marker.exists()
