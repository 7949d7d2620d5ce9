"""The hook through real `pre-commit try-repo`: installs aiharden from this repository into pre-commit's env."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import samples
from gitrepo import stage

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(repo: Path, home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PRE_COMMIT_HOME": str(home), "SEMGREP_ENABLE_VERSION_CHECK": "0", **(env or {})}
    return subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), *args, "--verbose"],
                          cwd=repo, env=full_env, capture_output=True, text=True, timeout=900)


AI_ENV = {"CLAUDECODE": "1"}  # what Claude Code sets in the environment of the commits it makes


def test_hook_fails_on_insecure_staged_file_and_passes_on_clean(repo: Path, pre_commit_home: Path) -> None:
    stage(repo, {"db.py": samples.SQLI})
    proc = _try_repo(repo, pre_commit_home, "aiharden", env=AI_ENV)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "CWE-89" in proc.stdout and "db.py:7:" in proc.stdout
    assert "verified repair" in proc.stdout  # the patch is offered, the file is not touched
    assert (repo / "db.py").read_text() == samples.SQLI

    stage(repo, {"db.py": samples.SQLI_SAFE})
    proc = _try_repo(repo, pre_commit_home, "aiharden", env=AI_ENV)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_hook_without_ai_signal_says_so_and_passes(repo: Path, pre_commit_home: Path) -> None:
    stage(repo, {"db.py": samples.SQLI})
    proc = _try_repo(repo, pre_commit_home, "aiharden")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no AI signal for the staged change" in proc.stdout


def test_commit_msg_stage_scans_when_the_message_has_an_ai_trailer(repo: Path, pre_commit_home: Path) -> None:
    stage(repo, {"db.py": samples.SQLI})
    msg = repo / ".git" / "COMMIT_EDITMSG"
    msg.write_text("Add lookup\n\nCo-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>\n")
    proc = _try_repo(repo, pre_commit_home, "aiharden-msg", "--hook-stage", "commit-msg",
                     "--commit-msg-filename", str(msg))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "CWE-89" in proc.stdout

    msg.write_text("Add lookup\n")
    proc = _try_repo(repo, pre_commit_home, "aiharden-msg", "--hook-stage", "commit-msg",
                     "--commit-msg-filename", str(msg))
    assert proc.returncode == 0, proc.stdout + proc.stderr
