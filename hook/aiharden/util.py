"""One way to run a subprocess: (rc, stdout, stderr), or an error naming the command."""
from __future__ import annotations

import subprocess
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path

from aiharden.errors import FatalError


class CalledProcessError(FatalError):
    def __init__(self, cmd: Sequence[str], rc: int, out: bytes, err: bytes) -> None:
        self.cmd, self.rc, self.out, self.err = tuple(cmd), rc, out, err
        detail = err.decode(errors="replace").strip().splitlines()
        super().__init__(f"{cmd[0]} exited {rc}: {detail[-1] if detail else '(no output)'}")


def cmd_output_b(
    *cmd: str,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    check: bool = True,
    timeout: float | None = None,
    stdin: bytes | None = None,
) -> tuple[int, bytes, bytes]:
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, env=env, input=stdin, capture_output=True, timeout=timeout,
        )
    except FileNotFoundError:
        raise FatalError(f"{cmd[0]}: command not found; install it or put it on PATH") from None
    if check and proc.returncode != 0:
        raise CalledProcessError(cmd, proc.returncode, proc.stdout, proc.stderr)
    return proc.returncode, proc.stdout, proc.stderr
