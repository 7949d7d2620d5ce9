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


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    return subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), "aiharden", "--verbose"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_insecure_staged_file_and_passes_on_clean(repo: Path, pre_commit_home: Path) -> None:
    stage(repo, {"db.py": samples.SQLI})
    proc = _try_repo(repo, pre_commit_home)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "CWE-89" in proc.stdout and "db.py:7:" in proc.stdout

    stage(repo, {"db.py": samples.SQLI_SAFE})
    proc = _try_repo(repo, pre_commit_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout
