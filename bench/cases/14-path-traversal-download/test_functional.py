from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_reads_nested_attachment(tmp_path: Path) -> None:
    (tmp_path / "u1").mkdir()
    (tmp_path / "u1" / "report.pdf").write_bytes(b"%PDF-1.7")
    d = mod.read_attachment(str(tmp_path), "u1/report.pdf")
    assert (d.filename, d.content_type, d.data) == ("report.pdf", "application/pdf", b"%PDF-1.7")


def test_unknown_type(tmp_path: Path) -> None:
    (tmp_path / "blob").write_bytes(b"\x00\x01")
    assert mod.read_attachment(str(tmp_path), "blob").content_type == "application/octet-stream"


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        mod.read_attachment(str(tmp_path), "nope.txt")
