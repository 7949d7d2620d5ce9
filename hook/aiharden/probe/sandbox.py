"""Run the probe's child (probe/child.py) in a sandbox: a child process with no network, its own temporary
folder and HOME, CPU-time, memory and file-size limits and a wall-clock timeout.

No network: a new network namespace (`unshare -rnm`) where the kernel allows it, with empty /tmp and /var/tmp
of its own (so code that writes to a fixed /tmp path writes nowhere that lasts), the repository mounted read-only
and the root file system too where the kernel allows the remount; otherwise the child's audit hook refuses every
socket connection after recording its address (child.py). The child runs on a copy of the repository's Python
sources inside its own folder, which lies under aiharden's cache folder when /tmp is replaced, else under the
system's temporary folder.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHILD = Path(__file__).with_name("child.py")
CPU_SECONDS = 30
MEMORY_BYTES = 2 << 30
FILE_BYTES = 64 << 20
MAX_SOURCE_FILES = 2_000
MAX_SOURCE_BYTES = 32 << 20
_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", "__pycache__", "site-packages",
              ".tox", ".nox", ".mypy_cache", ".pytest_cache", "build", "dist"}


@dataclass(frozen=True)
class Outcome:
    ok: bool
    data: Mapping[str, Any]
    error: str  # why there are no observations; "" when ok


# inside the namespaces: fresh /tmp and /var/tmp, the probe's own folder writable, the repository and the root
# file system read-only where the kernel lets a user namespace remount them, then the child itself
_ISOLATE = (
    'mount -t tmpfs none /tmp && mount -t tmpfs none /var/tmp && mount --bind "$AIH_W" "$AIH_W" || exit 97; '
    'if [ -n "$AIH_R" ] && [ -d "$AIH_R" ]; then mount --bind "$AIH_R" "$AIH_R" && mount -o remount,bind,ro "$AIH_R" || exit 97; fi; '
    'mount -o remount,bind,ro / 2>/dev/null; exec "$0" "$@"'
)


@functools.lru_cache(maxsize=1)
def network_namespace() -> bool:
    """Whether `unshare -rn` gives this process's children a network namespace of their own."""
    return _works(["unshare", "-rn", "true"])


@functools.lru_cache(maxsize=1)
def mount_namespace() -> bool:
    """Whether the children can also get a mount namespace in which /tmp can be replaced."""
    return network_namespace() and _works(["unshare", "-rnm", "sh", "-c", "mount -t tmpfs none /tmp"])


def _works(cmd: list[str]) -> bool:
    if not shutil.which(cmd[0]):
        return False
    try:
        return subprocess.run(cmd, capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _workdir() -> str | None:
    """Where the probe's folder goes when the child gets a /tmp of its own: outside /tmp and /var/tmp (else the
    child could not see its folder). None: the system's temporary folder, and the child shares /tmp."""
    if not mount_namespace():
        return None
    from aiharden.scan.semgrep import cache_dir

    folder = cache_dir().resolve() / "probes"
    shared = (Path("/tmp").resolve(), Path("/var/tmp").resolve())
    # the interpreter, its packages and the probe folder must stay visible once /tmp is replaced
    needed = [folder, Path(sys.executable), Path(sys.prefix), *(Path(p) for p in sys.path if p)]
    if any(p.resolve().is_relative_to(t) for p in needed for t in shared):
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(folder)


def _limits() -> None:  # pragma: no cover - runs in the child between fork and exec
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def copy_sources(root: Path | None, relpath: str, dest: Path) -> None:
    """The repository's Python files (so that the module's own imports work), never more than a budget."""
    dest.mkdir(parents=True, exist_ok=True)
    (dest / relpath).parent.mkdir(parents=True, exist_ok=True)
    if root is None:
        return
    count = size = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            src = Path(folder) / name
            try:
                st = src.lstat()
            except OSError:
                continue
            if not src.is_file() or src.is_symlink():
                continue
            count, size = count + 1, size + st.st_size
            if count > MAX_SOURCE_FILES or size > MAX_SOURCE_BYTES:
                return
            target = dest / src.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)


def run(plan: Mapping[str, Any], root: Path | None, timeout: float) -> Outcome:
    """Run one plan (see child.py) and return what the child observed."""
    workdir = _workdir()
    with tempfile.TemporaryDirectory(prefix="aiharden-probe-", dir=workdir) as tmp:
        base = Path(tmp)
        for sub in ("home", "tmp"):
            (base / sub).mkdir()
        copy_sources(root, plan["relpath"], base / "src")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(base / "home"), "TMPDIR": str(base / "tmp"),
               "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "NO_PROXY": "*"}
        cmd = [sys.executable, "-I", "-B", str(CHILD)]  # -I drops PYTHONDONTWRITEBYTECODE: -B, or a stale .pyc of a same-sized version runs
        if workdir is not None:
            cmd = ["unshare", "-rnm", "sh", "-c", _ISOLATE, *cmd]
            env.update(AIH_W=tmp, AIH_R=str(root.resolve()) if root is not None and root.is_dir() else "")
        elif network_namespace():
            cmd = ["unshare", "-rn", *cmd]
        payload = json.dumps({**plan, "tmp": tmp}).encode()
        proc = subprocess.Popen(cmd, cwd=base / "home", env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True, preexec_fn=_limits)
        try:
            out, err = proc.communicate(payload, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return Outcome(False, {}, f"the probe ran past {timeout:g} s")
        if proc.returncode == 97:
            return Outcome(False, {}, "the sandbox could not set up its file system")
        if proc.returncode != 0:
            last = err.decode(errors="replace").strip().splitlines()
            return Outcome(False, {}, f"the probe's child failed ({last[-1][:200] if last else proc.returncode})")
        try:
            return Outcome(True, json.loads(out), "")
        except ValueError:
            return Outcome(False, {}, "the probe's child wrote no result")
