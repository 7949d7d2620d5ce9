import importlib
import io
import os
import tarfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _evil_archive(path, member_name):
    data = b"owned"
    with tarfile.open(path, "w") as tar:
        info = tarfile.TarInfo("ok.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"ok"))
        info = tarfile.TarInfo(member_name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _restore(archive, dest):
    try:
        mod.restore_backup(archive, dest)
    except Exception:
        pass


def test_dot_dot_member_stays_inside(tmp_path):
    archive = tmp_path / "evil.tar"
    _evil_archive(archive, "../../escaped.txt")
    dest = tmp_path / "a" / "b"
    _restore(archive, dest)
    assert not (tmp_path / "escaped.txt").exists()


def test_cli_does_not_write_outside(tmp_path):
    archive = tmp_path / "evil2.tar"
    _evil_archive(archive, "../cron.d/job")
    (tmp_path / "cron.d").mkdir()
    dest = tmp_path / "restore"
    try:
        mod.main([str(archive), "--dest", str(dest), "--quiet"])
    except Exception:
        pass
    assert not (tmp_path / "cron.d" / "job").exists()
