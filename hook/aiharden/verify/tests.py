"""The tests rung: the project's tests in a temporary copy of the repository with one file replaced.

`--test-cmd auto` picks the project's pytest files that import the changed module and runs only those.
"""
from __future__ import annotations

import ast
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from aiharden.verify import records as r

_SKIP = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", "site-packages", "build", "dist"}


def test_files(root: Path) -> list[Path]:
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _SKIP and not d.startswith(".")]
        out += [Path(folder) / n for n in files if n.endswith(".py") and (n.startswith("test_") or n.endswith("_test.py"))]
    return sorted(out)


def importers(root: Path, rel: str) -> list[str]:
    """The test files (relative paths) that import the module at rel, by module name or dotted path."""
    stem = rel[:-3] if rel.endswith(".py") else rel
    dotted = stem.replace("/", ".")
    names = {dotted, dotted.rsplit(".", 1)[-1]}
    out = []
    for path in test_files(root):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except (SyntaxError, ValueError, OSError):
            continue
        for node in ast.walk(tree):
            mods: list[str] = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                mods = [base, *(f"{base}.{a.name}" if base else a.name for a in node.names)]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                mods = [node.value]  # importlib.import_module("pkg.mod") or an env default naming it
            if any(m in names or m.endswith("." + dotted) for m in mods):
                out.append(path.relative_to(root).as_posix())
                break
    return out


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
