from __future__ import annotations

import contextlib
import importlib
import io
import os
import tarfile
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_dotdot_member_stays_inside(tmp_path: Path) -> None:
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        data = b"owned"
        info = tarfile.TarInfo("../../escaped.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    themes = tmp_path / "a" / "themes"
    with contextlib.suppress(Exception):
        mod.install_theme(str(archive), str(themes), "evil")
    assert not (tmp_path / "a" / "escaped.txt").exists()
