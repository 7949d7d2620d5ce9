from __future__ import annotations

import importlib
import os
import stat
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_token_file_is_private(tmp_path: Path) -> None:
    path = mod.save_credentials(tmp_path, "tok-123", "ann")
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode & 0o077 == 0, oct(mode)
