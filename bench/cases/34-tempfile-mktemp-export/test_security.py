from __future__ import annotations

import contextlib
import importlib
import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_symlink_planted_in_the_race_window_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An attacker who sees the chosen name plants a symlink there before the file is opened.
    # The timing is made deterministic: the symlink appears right after the name is checked.
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    victim = tmp_path / "victim.conf"
    real_exists = tempfile._exists  # type: ignore[attr-defined]

    def names() -> Iterator[str]:
        return itertools.chain(["predicted"], (f"n{i}" for i in itertools.count()))

    def exists_then_race(path: str) -> bool:
        found = real_exists(path)
        if not found:
            os.symlink(victim, path)
        return found

    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setattr(tempfile, "_get_candidate_names", names)
    monkeypatch.setattr(tempfile, "_exists", exists_then_race)
    with contextlib.suppress(OSError):
        mod.write_export([{"id": 1}], ["id"])
    assert not victim.exists()
