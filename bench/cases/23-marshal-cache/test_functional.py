from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip(tmp_path: Path) -> None:
    value = {"total": 1234.5, "by_region": {"eu": 10, "us": 20}, "top": ["a", "b"]}
    mod.cache_put(tmp_path / "c", "sales:2024-05", value)
    assert mod.cache_get(tmp_path / "c", "sales:2024-05") == value


def test_miss(tmp_path: Path) -> None:
    assert mod.cache_get(tmp_path, "nothing") is None


def test_truncated_file_is_a_miss(tmp_path: Path) -> None:
    mod.cache_path(tmp_path, "k").write_bytes(b"")
    assert mod.cache_get(tmp_path, "k") is None
