from __future__ import annotations

import importlib
import os
import zipfile
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_extracts_allowed_files(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("invoice/body.html", "<p>{{total}}</p>")
        zf.writestr("invoice/style.css", "p{}")
        zf.writestr("tools/run.sh", "echo hi")
    dest = tmp_path / "templates"
    written = mod.import_templates(str(bundle), str(dest))
    assert [p.relative_to(dest).as_posix() for p in written] == ["invoice/body.html", "invoice/style.css"]
    assert (dest / "invoice" / "body.html").read_text() == "<p>{{total}}</p>"
    assert not (dest / "tools").exists()
