from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_dedupes_identical_blobs(tmp_path: Path) -> None:
    store = mod.BlobStore(tmp_path / "blobs")
    a = store.put(b"hello")
    assert store.put(b"hello") == a
    assert store.put(b"world") != a
    assert store.get(a) == b"hello"
    assert len(list((tmp_path / "blobs").iterdir())) == 2


def test_id_is_stable_hex() -> None:
    assert mod.content_id(b"x") == mod.content_id(b"x")
    int(mod.content_id(b"x"), 16)


def test_unknown_id(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        mod.BlobStore(tmp_path).get("0" * 32)
