from __future__ import annotations

import importlib
import io
import os
import tarfile
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_archive(path: Path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_installs_files(tmp_path: Path) -> None:
    archive = tmp_path / "dark.tar.gz"
    make_archive(archive, {"theme.css": b"body{}", "img/logo.svg": b"<svg/>"})
    files = mod.install_theme(str(archive), str(tmp_path / "themes"), "dark")
    assert files == ["img/logo.svg", "theme.css"]
    assert (tmp_path / "themes" / "dark" / "theme.css").read_bytes() == b"body{}"


def test_rejects_bad_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        mod.install_theme(str(tmp_path / "x.tar.gz"), str(tmp_path), "../x")
