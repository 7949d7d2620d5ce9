import importlib
import os
import stat

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

FAKE_GIT = """#!/bin/sh
# stand-in for git: records its argv and prints canned subjects
printf '%s\\n' "$@" > "$FAKE_GIT_LOG"
echo "feat(api): add export endpoint"
echo "fix: handle empty cart"
echo "bump version"
"""


@pytest.fixture()
def fake_git(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    git = bindir / "git"
    git.write_text(FAKE_GIT)
    git.chmod(git.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_GIT_LOG", str(tmp_path / "argv.txt"))
    return tmp_path


def test_main_renders_sections(fake_git, capsys):
    assert mod.main(["--branch", "release/2.4", "--repo", str(fake_git)]) == 0
    out = capsys.readouterr().out
    assert "# Release notes for release/2.4" in out
    assert "## Features\n- add export endpoint" in out
    assert "## Bug fixes\n- handle empty cart" in out
    assert "## Other\n- bump version" in out


def test_since_builds_a_range(fake_git):
    mod.git_log("main", "v2.3.0", str(fake_git))
    argv = (fake_git / "argv.txt").read_text().split()
    assert "v2.3.0..main" in argv


def test_group_commits_unknown_prefix():
    grouped = mod.group_commits(["chore: tidy", "docs: readme"])
    assert grouped["Documentation"] == ["readme"]
    assert grouped["Other"] == ["chore: tidy"]
