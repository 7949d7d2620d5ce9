import importlib
import os
import zipfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _bundle(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_import_extracts_assets(tmp_path):
    bundle = _bundle(tmp_path / "theme.zip", {
        "theme.json": '{"name": "dark"}',
        "css/site.css": "body{}",
        "templates/base.html": "<html></html>",
        "img/": "",
        "README.exe": "MZ",
    })
    dest = tmp_path / "themes" / "dark"
    written = mod.import_theme(str(bundle), str(dest))
    assert sorted(os.path.relpath(os.path.realpath(p), os.path.realpath(dest)) for p in written) == [
        os.path.join("css", "site.css"),
        os.path.join("templates", "base.html"),
        "theme.json",
    ]
    assert (dest / "css" / "site.css").read_text() == "body{}"
    assert not (dest / "README.exe").exists()


def test_empty_bundle(tmp_path):
    bundle = _bundle(tmp_path / "empty.zip", {})
    assert mod.import_theme(str(bundle), str(tmp_path / "out")) == []
    assert (tmp_path / "out").is_dir()
