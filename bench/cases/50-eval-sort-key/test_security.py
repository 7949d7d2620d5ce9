from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_sort_field_is_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    spec = f"price'] if __import__('pathlib').Path({str(marker)!r}).touch() is None else r['price"
    with contextlib.suppress(Exception):
        mod.sort_records([{"price": 1}, {"price": 2}], spec)
    assert not marker.exists()
