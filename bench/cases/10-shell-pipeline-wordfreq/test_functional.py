from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

TEXT = "The cat sat. The cat ran!\nthe END, the end? the Cat\n"


def test_top_words(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT)
    assert mod.top_words(str(doc), 3) == [("the", 5), ("cat", 3), ("end", 2)]


def test_report_format(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("b a b\n")
    assert mod.report(str(doc), 2) == "b: 2\na: 1"


def test_missing_file_is_empty(tmp_path: Path) -> None:
    assert mod.top_words(str(tmp_path / "none.txt")) == []
