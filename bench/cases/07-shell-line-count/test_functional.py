from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_counts_lines(tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_text("a\nb\nc\n")
    assert mod.count_lines(str(f)) == 3


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        mod.count_lines(str(tmp_path / "nope.txt"))


def test_summarize_skips_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("1\n2\n")
    assert mod.summarize([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == {"a.txt": 2}
