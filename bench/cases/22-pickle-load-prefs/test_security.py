from __future__ import annotations

import contextlib
import importlib
import os
import pickle
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Exploit:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.path, "w"))


def test_planted_prefs_file_runs_no_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (tmp_path / ".editorprefs").write_bytes(pickle.dumps({"theme": Exploit(str(marker))}))
    with contextlib.suppress(Exception):
        mod.load_prefs(tmp_path)
    assert not marker.exists()
