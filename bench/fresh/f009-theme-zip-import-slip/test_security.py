import importlib
import os
import zipfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _evil_bundle(path, name):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("theme.json", "{}")
        zf.writestr(zipfile.ZipInfo(name), "owned by theme")
    return path


def _import(bundle, dest):
    try:
        mod.import_theme(str(bundle), str(dest))
    except (ValueError, OSError, zipfile.BadZipFile):
        pass


def test_dotdot_member_stays_inside_destination(tmp_path):
    dest = tmp_path / "site" / "themes" / "dark"
    bundle = _evil_bundle(tmp_path / "evil.zip", "../../static/evil.js")
    _import(bundle, dest)
    assert not (tmp_path / "site" / "static" / "evil.js").exists()


def test_absolute_member_stays_inside_destination(tmp_path):
    dest = tmp_path / "themes"
    target = tmp_path / "abs" / "planted.txt"
    target.parent.mkdir()
    bundle = _evil_bundle(tmp_path / "abs.zip", str(target))
    _import(bundle, dest)
    assert not target.exists()
