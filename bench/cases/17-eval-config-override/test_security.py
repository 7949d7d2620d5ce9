from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_value_is_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    with contextlib.suppress(Exception):
        mod.parse_override(f"mode=__import__('pathlib').Path({str(marker)!r}).touch()")
    assert not marker.exists()
