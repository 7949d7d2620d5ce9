"""The tests rung: the project's tests in a temporary copy of the repository with one file replaced.

`--test-cmd auto` picks the project's pytest files that import the changed module and runs only those.
"""
from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from aiharden.projecttests import importers
from aiharden.verify import records as r

def auto_command(root: Path, rel: str) -> str | None:
    files = importers(root, rel)
    if not files:
        return None
    return " ".join([shlex.quote(sys.executable), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                     *map(shlex.quote, files)])


class TestRunner:
    """Runs the test command in a temporary copy of the repository with one file replaced; remembers whether
    the original passes (tests that are red already cannot judge a repair)."""

    def __init__(self, root: Path, cmd: str, timeout: float) -> None:
        self.root, self.cmd, self.timeout = root, cmd, timeout
        self.baseline: dict[str, bool] = {}
        self.commands: dict[str, str | None] = {}

    def command(self, rel: str) -> str | None:
        if self.cmd != "auto":
            return self.cmd
        if rel not in self.commands:
            self.commands[rel] = auto_command(self.root, rel)
        return self.commands[rel]

    def _run(self, cmd: str, rel: str, text: str) -> tuple[bool, str, str]:
        with tempfile.TemporaryDirectory(prefix="aiharden-tests-") as tmp:
            copy = Path(tmp) / "repo"
            shutil.copytree(self.root, copy, symlinks=True, ignore=shutil.ignore_patterns(".git"))
            (copy / rel).write_text(text, encoding="utf-8")
            # the user's own test command, run as they wrote it
            proc = subprocess.Popen(cmd, shell=True, cwd=copy, start_new_session=True,  # nosemgrep: subprocess-shell-true
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
            try:
                rc = proc.wait(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the command and everything it started
                proc.wait()
                return False, r.TESTS_TIMEOUT, f"the project's tests ran past {self.timeout:g} s (test-timeout)"
            return rc == 0, "" if rc == 0 else r.TESTS_FAIL, "" if rc == 0 else "the project's tests fail with it"

    def __call__(self, rel: str, new_text: str, original: str) -> tuple[bool | None, str, str]:
        """(passed, code, message); passed is None when the tests cannot judge (none, or red already)."""
        cmd = self.command(rel)
        if cmd is None:
            return None, "", ""
        if rel not in self.baseline:
            self.baseline[rel] = self._run(cmd, rel, original)[0]
        if not self.baseline[rel]:
            return None, "", ""
        return self._run(cmd, rel, new_text)
