import importlib
import os
import tarfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_source(tmp_path):
    src = tmp_path / "project"
    src.mkdir()
    (src / "keep.txt").write_text("hello")
    (src / "debug.log").write_text("noise")
    return src


def member_basenames(path):
    with tarfile.open(path, "r:gz") as tf:
        return {os.path.basename(n) for n in tf.getnames()}


def test_cli_creates_archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = make_source(tmp_path)
    out = tmp_path / "backup.tar.gz"
    assert mod.main([str(src), str(out)]) == 0
    assert {"keep.txt", "debug.log"} <= member_basenames(out)


def test_exclude_pattern(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = make_source(tmp_path)
    out = tmp_path / "backup.tar.gz"
    assert mod.create_archive(str(src), str(out), exclude="*.log") == 0
    names = member_basenames(out)
    assert "keep.txt" in names and "debug.log" not in names


def test_missing_source_reports_failure(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert mod.create_archive(str(tmp_path / "nope"), str(tmp_path / "x.tar.gz")) != 0
