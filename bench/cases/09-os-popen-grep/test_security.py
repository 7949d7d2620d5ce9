from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_quote_in_search_text_runs_no_command(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text("INFO start\n")
    marker = tmp_path / "pwned"
    with contextlib.suppress(Exception):
        mod.count_matches(str(log), f"x' /dev/null; touch {marker}; echo '")
    assert not marker.exists()
