"""Thin wrapper around the git CLI used by the release tooling."""
from __future__ import annotations

import subprocess
from pathlib import Path


class GitRepository:
    """Run common git operations inside a working copy."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)

    def _git(self, *args: str) -> str:
        """Run a fixed git sub-command and return its stdout."""
        result = subprocess.run(
            ["git", "-C", self.path, *args], capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    def init(self) -> None:
        """Create an empty repository at ``self.path``."""
        Path(self.path).mkdir(parents=True, exist_ok=True)
        self._git("init", "-q")

    def current_branch(self) -> str:
        """Return the name of the checked-out branch."""
        return self._git("symbolic-ref", "--short", "HEAD")

    def create_branch(self, branch: str) -> int:
        """Create ``branch`` and switch to it; returns git's exit status."""
        name = branch.strip()
        if not name or name.startswith("-"):
            raise ValueError(f"invalid branch name: {branch!r}")
        git_args = ["checkout", "-q", "-b", name]
        cmd = ["git", "-C", self.path, *git_args]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.communicate()
        return proc.returncode
