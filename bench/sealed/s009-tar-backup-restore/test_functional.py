import importlib
import io
import os
import tarfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _make_archive(path, files):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))


def test_restore_nested_files(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    _make_archive(archive, {"project/README.md": b"# proj", "project/src/main.py": b"print(1)\n"})
    dest = tmp_path / "out"
    names = mod.restore_backup(archive, dest)
    assert sorted(names) == ["project/README.md", "project/src/main.py"]
    assert (dest / "project" / "src" / "main.py").read_bytes() == b"print(1)\n"


def test_cli_main(tmp_path, capsys):
    archive = tmp_path / "b.tar.gz"
    _make_archive(archive, {"notes.txt": b"hi"})
    dest = tmp_path / "dest"
    assert mod.main([str(archive), "--dest", str(dest)]) == 0
    assert (dest / "notes.txt").read_text() == "hi"
    assert "1 files restored" in capsys.readouterr().out


def test_cli_missing_archive(tmp_path):
    assert mod.main([str(tmp_path / "missing.tar"), "--dest", str(tmp_path / "d")]) != 0
