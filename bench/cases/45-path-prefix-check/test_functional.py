from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_site(tmp_path: Path) -> Path:
    root = tmp_path / "docs-v2"
    (root / "css").mkdir(parents=True)
    (root / "css" / "site.css").write_text("body{}")
    (root / "index.html").write_text("<h1>Docs</h1>")
    return root


def test_serves_files(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    assert mod.read_static(root, "/css/site.css") == b"body{}"
    assert mod.resolve_static(root, "index.html") == (root / "index.html").resolve()


def test_missing_and_dotdot(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    (tmp_path / "secret.txt").write_text("x")
    for path in ("/nope.css", "/css", "/../secret.txt"):
        with pytest.raises(mod.NotFound):
            mod.resolve_static(root, path)
