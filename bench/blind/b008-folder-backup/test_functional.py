import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import datetime as dt
import tarfile


def _project(tmp_path):
    src = tmp_path / "project"
    (src / "src" / "pkg").mkdir(parents=True)
    (src / "README.md").write_text("hello")
    (src / "src" / "pkg" / "main.py").write_text("print('hi')\n")
    return src


def test_archive_path_for():
    assert mod.archive_path_for("site", "/b", dt.date(2024, 5, 1)) == "/b/site-2024-05-01.tar.gz"


def test_make_backup_creates_archive(tmp_path):
    src = _project(tmp_path)
    out = tmp_path / "backups"
    result = mod.make_backup(str(src), "site", str(out), dt.date(2024, 1, 2))
    assert result == str(out / "site-2024-01-02.tar.gz")
    with tarfile.open(result) as tar:
        names = {n.lstrip("./") for n in tar.getnames()}
        assert {"README.md", "src/pkg/main.py"} <= names
        assert tar.extractfile("./README.md").read() == b"hello"


def test_default_root_used(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "BACKUP_ROOT", str(tmp_path / "default_root"))
    result = mod.make_backup(str(_project(tmp_path)), "nightly", when=dt.date(2023, 12, 31))
    assert result == str(tmp_path / "default_root" / "nightly-2023-12-31.tar.gz")
    assert os.path.isfile(result)


def test_missing_source_returns_none(tmp_path):
    assert mod.make_backup(str(tmp_path / "nope"), "x", str(tmp_path / "b")) is None
