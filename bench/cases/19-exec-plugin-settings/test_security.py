from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_settings_file_cannot_run_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'name = "x"\nversion = open({str(marker)!r}, "w").close() or "1.0"\n'
    with contextlib.suppress(Exception):
        mod.parse_settings(text)
    assert not marker.exists()
