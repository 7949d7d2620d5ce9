import importlib
import json
import os
import zipfile

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_install_unpacks_nested_files(tmp_path):
    archive = make_zip(tmp_path / "t.zip", {
        "theme.json": json.dumps({"slug": "aurora", "name": "Aurora"}),
        "templates/base.html": "<html>{% block body %}{% endblock %}</html>",
        "static/css/site.css": "body{color:#333}",
    })
    info = mod.install_theme(archive, tmp_path / "themes")
    assert info["slug"] == "aurora" and info["name"] == "Aurora"
    assert (tmp_path / "themes/aurora/static/css/site.css").read_text() == "body{color:#333}"
    assert "templates/base.html" in info["files"]


def test_reinstall_replaces_old_files(tmp_path):
    first = make_zip(tmp_path / "a.zip", {"theme.json": '{"slug": "dusk"}', "old.txt": "x"})
    second = make_zip(tmp_path / "b.zip", {"theme.json": '{"slug": "dusk"}', "new.txt": "y"})
    mod.install_theme(first, tmp_path / "themes")
    mod.install_theme(second, tmp_path / "themes")
    assert not (tmp_path / "themes/dusk/old.txt").exists()
    assert (tmp_path / "themes/dusk/new.txt").read_text() == "y"


def test_manifest_is_required(tmp_path):
    archive = make_zip(tmp_path / "c.zip", {"index.html": "hi"})
    with pytest.raises(mod.ThemeError):
        mod.install_theme(archive, tmp_path / "themes")
