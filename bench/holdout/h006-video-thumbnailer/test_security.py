import importlib
import os
import stat
import subprocess

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def workspace(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    ff = bindir / "ffmpeg"
    ff.write_text('#!/bin/sh\nfor last; do :; done\necho jpg > "$last"\n')
    ff.chmod(ff.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", [
    "clip;touch PWNED;.mp4",
    "clip$(touch PWNED).mp4",
    "clip`touch PWNED`.mp4",
])
def test_uploaded_filename_cannot_run_commands(workspace, name):
    src = workspace / name
    src.write_bytes(b"\x00")
    try:
        mod.make_thumbnail(src, workspace / "thumbs")
    except (subprocess.CalledProcessError, ValueError, OSError):
        pass
    assert not (workspace / "PWNED").exists(), "filename was interpreted by a shell"
