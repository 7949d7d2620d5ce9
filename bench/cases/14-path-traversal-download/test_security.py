from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def secret_outside(tmp_path: Path) -> tuple[Path, Path]:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    secret = tmp_path / "settings.env"
    secret.write_text("DB_PASSWORD=hunter2\n")
    return uploads, secret


def leaked(uploads: Path, name: str) -> bool:
    try:
        return b"hunter2" in mod.read_attachment(str(uploads), name).data
    except OSError:
        return False


@pytest.mark.parametrize("kind", ["dotdot", "absolute"])
def test_cannot_read_outside_upload_dir(tmp_path: Path, kind: str) -> None:
    uploads, secret = secret_outside(tmp_path)
    assert not leaked(uploads, "../settings.env" if kind == "dotdot" else str(secret))
