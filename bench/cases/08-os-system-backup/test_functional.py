from __future__ import annotations

import importlib
import os
import tarfile
from datetime import date
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_backup_contains_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "pkg").mkdir(parents=True)
    (src / "pkg" / "mod.py").write_text("x = 1\n")
    (src / "README").write_text("hi\n")
    dest = tmp_path / "backups"
    dest.mkdir()
    archive = mod.create_backup(str(src), str(dest), "shop", date(2024, 5, 1))
    assert archive == dest / "shop-2024-05-01.tar.gz"
    with tarfile.open(archive) as tar:
        names = {n.lstrip("./") for n in tar.getnames()}
    assert {"pkg/mod.py", "README"} <= names


def test_missing_source_raises(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        mod.create_backup(str(tmp_path / "nope"), str(tmp_path), "shop", date(2024, 5, 1))
