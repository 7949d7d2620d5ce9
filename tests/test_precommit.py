"""The hook through real `pre-commit run`: installs aiharden from this repository into pre-commit's env, once."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import samples
from gitrepo import stage

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository as it is now (committed or not) in one commit, so pre-commit installs it once."""
    dest = tmp_path_factory.mktemp("hook-repo") / "aiharden"
    files = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "hook under test"]):
        subprocess.run(["git", *args], cwd=dest, check=True, capture_output=True)
    return dest


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def run_hook(hook_repo: Path, pre_commit_home: Path) -> object:
    """`pre-commit run HOOK` with a configuration naming this repository at its one commit: pre-commit installs
    the hook's environment on the first run and reuses it (try-repo would install it again on every run)."""
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, check=True, capture_output=True,
                         text=True).stdout.strip()

    def run(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        config = repo / ".git" / "aiharden-pre-commit.yaml"  # inside .git: not part of the staged change
        config.write_text(f"repos:\n- repo: {hook_repo}\n  rev: {rev}\n  hooks:\n  - id: aiharden\n"
                          f"  - id: aiharden-msg\n")
        full_env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "SEMGREP_ENABLE_VERSION_CHECK": "0",
                    **(env or {})}
        return subprocess.run([str(PRE_COMMIT), "run", "-c", str(config), *args, "--verbose"],
                              cwd=repo, env=full_env, capture_output=True, text=True, timeout=900)

    return run


AI_ENV = {"CLAUDECODE": "1"}  # what Claude Code sets in the environment of the commits it makes


def test_hook_fails_on_insecure_staged_file_and_passes_on_clean(repo: Path, run_hook: Any) -> None:
    stage(repo, {"db.py": samples.SQLI})
    proc = run_hook(repo, "aiharden", env=AI_ENV)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "CWE-89" in proc.stdout and "db.py:7:" in proc.stdout
    assert "verified repair" in proc.stdout  # the patch is offered, the file is not touched
    assert (repo / "db.py").read_text() == samples.SQLI

    stage(repo, {"db.py": samples.SQLI_SAFE})
    proc = run_hook(repo, "aiharden", env=AI_ENV)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_hook_is_offered_staged_javascript(repo: Path, run_hook: Any) -> None:
    stage(repo, {"server.js": samples.JS_EXEC})
    proc = run_hook(repo, "aiharden", env=AI_ENV)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "server.js:7:" in proc.stdout and "CWE-78" in proc.stdout


def test_hook_without_ai_signal_says_so_and_passes(repo: Path, run_hook: Any) -> None:
    stage(repo, {"db.py": samples.SQLI})
    proc = run_hook(repo, "aiharden")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no AI signal for the staged change" in proc.stdout


def test_commit_msg_stage_scans_when_the_message_has_an_ai_trailer(repo: Path, run_hook: Any) -> None:
    stage(repo, {"db.py": samples.SQLI})
    msg = repo / ".git" / "COMMIT_EDITMSG"
    msg.write_text("Add lookup\n\nCo-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>\n")
    proc = run_hook(repo, "aiharden-msg", "--hook-stage", "commit-msg",
                     "--commit-msg-filename", str(msg))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "CWE-89" in proc.stdout

    msg.write_text("Add lookup\n")
    proc = run_hook(repo, "aiharden-msg", "--hook-stage", "commit-msg",
                     "--commit-msg-filename", str(msg))
    assert proc.returncode == 0, proc.stdout + proc.stderr
