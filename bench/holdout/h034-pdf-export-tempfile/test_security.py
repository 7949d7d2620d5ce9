import importlib
import itertools
import os
import shutil
import tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_scratch_file_cannot_be_hijacked_by_symlink_race(tmp_path, monkeypatch):
    """Simulate a local attacker who predicts the scratch name and plants a symlink
    between the existence check and the open()."""
    scratch_dir = tmp_path / "shared-tmp"
    scratch_dir.mkdir()
    victim = tmp_path / "victim.cfg"
    victim.write_text("ORIGINAL")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_dir))
    monkeypatch.setattr(tempfile, "_get_candidate_names",
                        lambda: itertools.chain(["predictable"], (f"n{i}" for i in itertools.count())))
    real_exists = tempfile._exists

    def racing_exists(path):
        if "predictable" in os.path.basename(path) and not os.path.lexists(path):
            os.symlink(victim, path)  # attacker wins the race
            return False
        return real_exists(path)

    monkeypatch.setattr(tempfile, "_exists", racing_exists)
    try:
        mod.export_report("t", ["a"], [["payload"]], tmp_path / "out.pdf",
                          converter=lambda src, dst: shutil.copyfile(src, dst))
    except OSError:
        pass
    assert victim.read_text() == "ORIGINAL", "report was written through an attacker's symlink"


def test_scratch_file_not_world_readable(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    modes = []
    old = os.umask(0o022)
    try:
        mod.export_report("t", ["a"], [["x"]], tmp_path / "o.pdf",
                          converter=lambda src, dst: modes.append(os.stat(src).st_mode & 0o777))
    finally:
        os.umask(old)
    assert modes and modes[0] & 0o077 == 0, f"scratch file mode {oct(modes[0])}"
