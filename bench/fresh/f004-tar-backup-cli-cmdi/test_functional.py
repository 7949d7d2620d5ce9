import importlib
import os
import shlex
import subprocess
from datetime import datetime

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def recorder(monkeypatch):
    calls = []

    def fake_system(cmd):
        calls.append(shlex.split(cmd))
        return 0

    def fake_run(cmd, *a, **kw):
        argv = shlex.split(cmd) if isinstance(cmd, str) else list(cmd)
        calls.append(argv)
        return subprocess.CompletedProcess(argv, 0, b"", b"")

    def fake_call(cmd, *a, **kw):
        return fake_run(cmd).returncode

    monkeypatch.setattr(os, "system", fake_system)
    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(subprocess, "call", fake_call)
    monkeypatch.setattr(subprocess, "check_call", fake_call)
    return calls


def test_archive_with_explicit_output(recorder, tmp_path, capsys):
    folder = tmp_path / "project"
    folder.mkdir()
    out = tmp_path / "project.tar.gz"
    assert mod.main([str(folder), "--out", str(out)]) == 0
    assert len(recorder) == 1
    argv = recorder[0]
    assert argv[0] == "tar"
    assert "czf" in argv
    assert str(out) in argv and str(folder) in argv
    assert str(out) in capsys.readouterr().out


def test_default_archive_name():
    name = mod.default_archive_name("/srv/site", datetime(2024, 5, 6, 7, 8, 9))
    assert name == "site-20240506-070809.tar.gz"


def test_failure_status_returns_1(monkeypatch, tmp_path):
    monkeypatch.setattr(os, "system", lambda cmd: 512)
    monkeypatch.setattr(
        subprocess, "run", lambda cmd, *a, **kw: subprocess.CompletedProcess(cmd, 2, b"", b"")
    )
    assert mod.main([str(tmp_path), "-o", str(tmp_path / "x.tgz")]) == 1
