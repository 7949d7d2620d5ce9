import importlib
import os
import zipfile

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _install(archive, root):
    try:
        mod.install_theme(archive, root)
    except Exception:
        pass


@pytest.mark.parametrize("evil_name", ["../../escaped.txt", "static/../../../escaped.txt"])
def test_zip_slip_cannot_write_outside_theme_dir(tmp_path, evil_name):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("theme.json", '{"slug": "evil"}')
        zf.writestr(evil_name, "owned")
    root = tmp_path / "site" / "themes"
    _install(archive, root)
    assert not (tmp_path / "site" / "escaped.txt").exists()
    assert not (tmp_path / "escaped.txt").exists()


def test_absolute_member_path_is_not_honoured(tmp_path):
    target = tmp_path / "abs_target.txt"
    archive = tmp_path / "abs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("theme.json", '{"slug": "abs"}')
        zf.writestr(str(target), "owned")
    _install(archive, tmp_path / "themes")
    assert not target.exists()
