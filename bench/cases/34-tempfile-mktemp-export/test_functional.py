from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))


def test_write_and_read_back(tmp_path: Path) -> None:
    rows = [{"id": 1, "name": "Ann", "extra": "x"}, {"id": 2, "name": "Bo"}]
    path = mod.write_export(rows, ["id", "name"])
    assert Path(path).parent == tmp_path
    assert Path(path).name.startswith("export-") and path.endswith(".csv")
    assert mod.read_export(path) == [{"id": "1", "name": "Ann"}, {"id": "2", "name": "Bo"}]


def test_each_export_gets_its_own_file() -> None:
    assert mod.write_export([], ["id"]) != mod.write_export([], ["id"])
