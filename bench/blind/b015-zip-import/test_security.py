import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import zipfile
import pytest


def _zip(path, entries):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data)
    return str(path)


def _import(z, themes):
    try:
        mod.import_theme(z, str(themes / "evil"))
    except (ValueError, zipfile.BadZipFile, OSError):
        pass  # refusing the archive is fine


def test_dotdot_member(tmp_path):
    themes = tmp_path / "site" / "themes"
    z = _zip(tmp_path / "a.zip", [("ok.css", b"x"), ("../../../pwned.txt", b"owned")])
    _import(z, themes)
    assert not (tmp_path / "pwned.txt").exists()


def test_nested_dotdot_member(tmp_path):
    themes = tmp_path / "site" / "themes"
    z = _zip(tmp_path / "b.zip", [("css/../../../config.py", b"DEBUG=True")])
    _import(z, themes)
    assert not (tmp_path / "site" / "config.py").exists()


def test_absolute_member(tmp_path):
    target = tmp_path / "abs_pwned.txt"
    z = _zip(tmp_path / "c.zip", [(str(target), b"owned")])
    _import(z, tmp_path / "themes")
    assert not target.exists()


def test_sibling_theme_not_overwritten(tmp_path):
    themes = tmp_path / "themes"
    (themes / "default").mkdir(parents=True)
    (themes / "default" / "main.css").write_text("original")
    z = _zip(tmp_path / "d.zip", [("../default/main.css", b"hacked")])
    _import(z, themes)
    assert (themes / "default" / "main.css").read_text() == "original"
