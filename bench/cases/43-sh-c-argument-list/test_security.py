from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_quote_in_file_name_runs_no_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "pwned"
    upload = tmp_path / f"x';touch '{marker.name}';'.jpg"
    upload.write_bytes(b"img")
    queue = tmp_path / "queue"
    queue.mkdir()
    monkeypatch.chdir(tmp_path)
    with contextlib.suppress(Exception):
        mod.enqueue_upload(upload, queue, "s")
    assert not marker.exists()
