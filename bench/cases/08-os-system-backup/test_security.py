from __future__ import annotations

import contextlib
import importlib
import os
from datetime import date
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_project_name_runs_no_second_command(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a\n")
    marker = tmp_path / "pwned"
    with contextlib.suppress(Exception):
        mod.create_backup(str(src), str(tmp_path), f"x; touch {marker};", date(2024, 5, 1))
    assert not marker.exists()
