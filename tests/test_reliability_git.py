"""Odd git states: no commit yet, detached HEAD, merges, shallow clones, submodules, staged vs unstaged edits."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import samples
from gitrepo import commit
from gitrepo import git
from gitrepo import init
from gitrepo import stage

from aiharden.cli import main

VENV_BIN = Path(sys.executable).parent


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def _check(repo: Path, *extra: str) -> list[str]:
    return ["check", "--scope", "all", "--repo", str(repo), "--n-best", "0", *extra]


def test_no_commit_yet(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"db.py": samples.SQLI, "clean.py": samples.CLEAN})
    assert main(_check(repo, "--format", "json", "--no-repair")) == 1
    data = _json(capsys)
    assert [(f["path"], f["cwe"]) for f in data["findings"]] == [("db.py", [89])]
    assert data["summary"]["files_scanned"] == 2


def test_empty_repository_with_nothing_staged(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_check(repo)) == 0
    assert capsys.readouterr().err == ""


def test_detached_head(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "one", {"a.py": samples.CLEAN})
    second = commit(repo, "two", {"db.py": samples.SQLI})
    git(repo, "checkout", "-q", "--detach", second)
    stage(repo, {"conf.py": samples.YAML_LOAD})
    assert main(_check(repo, "--format", "json", "--no-repair")) == 1
    assert [f["path"] for f in _json(capsys)["findings"]] == ["conf.py"]  # db.py is in HEAD already
    first = git(repo, "rev-parse", "HEAD~1").strip()
    assert main(["ci", "--scope", "all", "--repo", str(repo), "--base", first, "--no-repair", "--format", "json"]) == 1
    assert [f["path"] for f in _json(capsys)["findings"]] == ["db.py"]


def test_range_with_a_merge_commit(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = commit(repo, "base", {"a.py": samples.CLEAN})
    git(repo, "checkout", "-q", "-b", "feature")
    commit(repo, "feature", {"conf.py": samples.YAML_LOAD})
    git(repo, "checkout", "-q", "main")
    commit(repo, "main moves on", {"sh.py": samples.SHELL})
    git(repo, "merge", "-q", "--no-ff", "-m", "merge feature", "feature")
    assert main(["ci", "--scope", "all", "--repo", str(repo), "--base", base, "--no-repair", "--format", "json"]) == 1
    data = _json(capsys)
    assert sorted((f["path"], f["cwe"][0]) for f in data["findings"]) == [("conf.py", 502), ("sh.py", 78)]
    merge = git(repo, "rev-parse", "HEAD").strip()
    # the merge alone against its first parent: only what the feature branch brought
    assert main(["ci", "--scope", "all", "--repo", str(repo), "--base", f"{merge}^1", "--head", merge,
                 "--no-repair", "--format", "json"]) == 1
    assert [f["path"] for f in _json(capsys)["findings"]] == ["conf.py"]


@pytest.mark.parametrize("base", ["FIRST", "HEAD~1"])
def test_shallow_clone_missing_base_is_one_line_and_exit_2(repo: Path, tmp_path: Path, base: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    first = commit(repo, "one", {"a.py": samples.CLEAN})
    commit(repo, "two", {"db.py": samples.SQLI})
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True,
                   capture_output=True)
    rev = first if base == "FIRST" else base
    assert main(["ci", "--scope", "all", "--repo", str(clone), "--base", rev, "--no-repair"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "is not in this clone" in captured.err
    assert "fetch-depth: 0" in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize("command", ["ci", "detect"])
def test_a_mistyped_revision_in_a_full_clone_says_it_does_not_exist(repo: Path, command: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "one", {"a.py": samples.CLEAN})
    assert main([command, "--repo", str(repo), "--base", "mian"]) == 2
    err = capsys.readouterr().err
    assert err == "aiharden: base revision 'mian' does not exist in this repository " \
                  "(`git log --oneline` lists the commits)\n"


def test_submodule_is_not_descended_into(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sub = init(tmp_path / "sub")
    commit(sub, "vendored", {"evil.py": samples.SQLI})
    commit(repo, "base", {"a.py": samples.CLEAN})
    subprocess.run(["git", "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub), "vendor/sub"],
                   cwd=repo, check=True, capture_output=True)
    stage(repo, {"conf.py": samples.YAML_LOAD})
    assert (repo / "vendor" / "sub" / "evil.py").is_file()
    assert main(_check(repo, "--format", "json", "--no-repair")) == 1
    data = _json(capsys)
    assert [f["path"] for f in data["findings"]] == ["conf.py"]
    assert data["summary"]["files_scanned"] == 1
    assert main(_check(repo, "--format", "json", "--no-repair", "--all-lines")) == 1
    assert "vendor/sub/evil.py" not in json.dumps(_json(capsys))


def test_index_is_scanned_and_fix_leaves_unstaged_edits(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, "base", {"conf.py": samples.CLEAN})
    stage(repo, {"conf.py": samples.YAML_LOAD})
    unstaged = samples.YAML_LOAD.replace("import yaml\n", "import yaml  # unstaged edit\n")
    (repo / "conf.py").write_text(unstaged)
    assert main(_check(repo, "--fix-all")) == 1
    out = capsys.readouterr().out
    assert "conf.py:6:" in out and "conf.py: not fixed, it changed since the scan" in out
    assert (repo / "conf.py").read_text() == unstaged
    assert git(repo, "show", ":conf.py") == samples.YAML_LOAD


def _pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    return subprocess.run([str(VENV_BIN / "pre-commit"), *args], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=600)


TAIL = "".join(f"\n\ndef helper_{i}() -> int:\n    return {i}\n" for i in range(4))
FIXED = samples.YAML_LOAD.replace("yaml.load(fh)", "yaml.safe_load(fh)")


@pytest.mark.parametrize(("where", "kept"), [
    pytest.param("next to the fix", False, id="adjacent-edit-pre-commit-rolls-the-fix-back"),
    pytest.param("far from the fix", True, id="distant-edit-fix-and-edit-both-kept"),
])
def test_pre_commit_stash_keeps_unstaged_edits_under_fix(repo: Path, where: str, kept: bool) -> None:
    config = f"""\
repos:
- repo: local
  hooks:
  - id: aiharden
    name: aiharden
    entry: {VENV_BIN / 'aiharden'} check --scope all --fix-all --n-best 0
    language: system
    types: [python]
    require_serial: true
"""
    staged = samples.YAML_LOAD + TAIL
    commit(repo, "base", {".pre-commit-config.yaml": config, "conf.py": samples.CLEAN})
    stage(repo, {"conf.py": staged})
    if kept:
        unstaged = staged + "\n\ndef work_in_progress() -> None:\n    pass\n"
    else:
        unstaged = staged.replace("    with open", "    # work in progress\n    with open")
    (repo / "conf.py").write_text(unstaged)
    proc = _pre_commit(repo, "run")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out and "fixed conf.py" in out
    assert git(repo, "show", ":conf.py") == staged  # the hook never writes the index
    current = (repo / "conf.py").read_text()
    if kept:  # pre-commit re-applied the stash on top of the fix: both are there
        assert current == FIXED + TAIL + "\n\ndef work_in_progress() -> None:\n    pass\n"
    else:  # the stash conflicts with the fix: pre-commit drops the fix, never the user's edit
        assert "Rolling back fixes" in out
        assert current == unstaged
