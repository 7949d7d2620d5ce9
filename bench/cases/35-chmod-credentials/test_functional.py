from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip(tmp_path: Path) -> None:
    path = mod.save_credentials(tmp_path / "cfg", "tok-123", "ann")
    assert path == tmp_path / "cfg" / "credentials.json"
    assert mod.load_credentials(tmp_path / "cfg") == {"account": "ann", "token": "tok-123"}


def test_owner_can_read_and_write(tmp_path: Path) -> None:
    path = mod.save_credentials(tmp_path, "t", "a")
    assert os.stat(path).st_mode & 0o600 == 0o600


def test_before_login(tmp_path: Path) -> None:
    assert mod.load_credentials(tmp_path) is None
