from __future__ import annotations

import contextlib
import importlib
import os
import zipfile
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_zip_slip_member_stays_inside(tmp_path: Path) -> None:
    bundle = tmp_path / "evil.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("ok.txt", "fine")
        zf.writestr("../../outside.html", "<script>owned</script>")
    dest = tmp_path / "a" / "templates"
    dest.mkdir(parents=True)
    with contextlib.suppress(Exception):
        mod.import_templates(str(bundle), str(dest))
    assert not (tmp_path / "outside.html").exists()
