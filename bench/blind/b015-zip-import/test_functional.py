import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import zipfile
import pytest


def _zip(path, entries):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            if name.endswith("/"):
                zf.writestr(zipfile.ZipInfo(name), b"")
            else:
                zf.writestr(name, data)
    return str(path)


def test_import_nested_theme(tmp_path):
    z = _zip(tmp_path / "t.zip", [
        ("theme.json", b'{"name": "dark"}'),
        ("css/", b""),
        ("css/main.css", b"body{color:#fff}"),
        ("img/icons/logo.svg", b"<svg/>"),
        ("fonts/..hidden.woff", b"font"),
    ])
    themes = tmp_path / "themes"
    result = mod.import_theme(z, str(themes / "dark"))
    assert result == ["css/main.css", "fonts/..hidden.woff", "img/icons/logo.svg", "theme.json"]
    assert (themes / "dark" / "css" / "main.css").read_bytes() == b"body{color:#fff}"
    assert (themes / "dark" / "img" / "icons" / "logo.svg").read_bytes() == b"<svg/>"
    assert (themes / "dark" / "fonts" / "..hidden.woff").read_bytes() == b"font"
    assert (themes / "dark" / "css").is_dir()


def test_empty_dir_entry_created(tmp_path):
    z = _zip(tmp_path / "t.zip", [("assets/empty/", b""), ("a.txt", b"a")])
    assert mod.import_theme(z, str(tmp_path / "th" / "x")) == ["a.txt"]
    assert (tmp_path / "th" / "x" / "assets" / "empty").is_dir()


def test_large_member(tmp_path):
    blob = os.urandom(300_000)
    z = _zip(tmp_path / "t.zip", [("big.bin", blob)])
    mod.import_theme(z, str(tmp_path / "th" / "big"))
    assert (tmp_path / "th" / "big" / "big.bin").read_bytes() == blob


def test_bad_zip(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(zipfile.BadZipFile):
        mod.import_theme(str(bad), str(tmp_path / "th" / "t"))
