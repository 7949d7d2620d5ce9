from __future__ import annotations

import importlib
import os
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_sibling_folder_with_same_prefix_is_outside(tmp_path: Path) -> None:
    root = tmp_path / "docs-v2"
    root.mkdir()
    private = tmp_path / "docs-v2-drafts"
    private.mkdir()
    (private / "unreleased.html").write_text("embargoed")
    try:
        body = mod.read_static(root, "/../docs-v2-drafts/unreleased.html")
    except mod.NotFound:
        body = b""
    assert b"embargoed" not in body
