from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_enqueue_copies_with_stamp(tmp_path: Path) -> None:
    upload = tmp_path / "holiday photo.jpg"
    upload.write_bytes(b"\xff\xd8jpeg")
    os.utime(upload, (1_700_000_000, 1_700_000_000))
    queue = tmp_path / "queue"
    queue.mkdir()
    target = mod.enqueue_upload(upload, queue, "20240501T120000")
    assert target == queue / "20240501T120000-holiday photo.jpg"
    assert target.read_bytes() == b"\xff\xd8jpeg"
    assert int(target.stat().st_mtime) == 1_700_000_000


def test_missing_upload(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        mod.enqueue_upload(tmp_path / "nope.jpg", tmp_path, "x")
