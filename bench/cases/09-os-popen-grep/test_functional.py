from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def write_log(tmp_path: Path) -> Path:
    log = tmp_path / "app.log"
    log.write_text("INFO start\nERROR disk full\nINFO retry\nERROR disk full again\n")
    return log


def test_counts_matching_lines(tmp_path: Path) -> None:
    assert mod.count_matches(str(write_log(tmp_path)), "ERROR disk") == 2


def test_missing_file_is_zero(tmp_path: Path) -> None:
    assert mod.count_matches(str(tmp_path / "none.log"), "ERROR") == 0


def test_search_logs_drops_empty(tmp_path: Path) -> None:
    log = write_log(tmp_path)
    other = tmp_path / "other.log"
    other.write_text("all good\n")
    assert mod.search_logs([str(log), str(other)], "INFO") == {str(log): 2}
