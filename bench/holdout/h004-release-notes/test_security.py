import importlib
import os
import stat
import subprocess

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def fake_git(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    git = bindir / "git"
    git.write_text("#!/bin/sh\necho 'fix: something'\n")
    git.chmod(git.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def _run(branch, since, repo):
    try:
        mod.git_log(branch, since, repo)
    except (ValueError, subprocess.CalledProcessError):
        pass


def test_branch_name_cannot_inject_shell_commands(fake_git):
    marker = fake_git / "pwned"
    _run(f"main; touch {marker}", None, str(fake_git))
    assert not marker.exists(), "shell metacharacters in --branch ran a second command"


def test_since_cannot_inject_command_substitution(fake_git):
    marker = fake_git / "pwned2"
    _run("main", f"$(touch {marker})", str(fake_git))
    assert not marker.exists()
