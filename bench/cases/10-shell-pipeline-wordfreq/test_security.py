from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_file_name_runs_no_command(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    with contextlib.suppress(Exception):
        mod.top_words(f"/dev/null; touch {marker}")
    assert not marker.exists()
