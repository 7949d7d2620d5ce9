"""A codemod that raises is a bug, never a silent "no candidate": in use it is logged with its traceback (in the
cache folder's aiharden.log) and counted in the run's repair statistics; with AIHARDEN_STRICT_CODEMODS set (the
test suite sets it) it is raised, so the test that met it fails."""
from __future__ import annotations

import collections
import os
import traceback

STRICT_ENV = "AIHARDEN_STRICT_CODEMODS"
_COUNTS: collections.Counter[str] = collections.Counter()


def codemod_failed(family: str, where: str) -> None:
    """Call from the except block that caught a codemod's exception."""
    if os.environ.get(STRICT_ENV):
        raise  # noqa: PLE0704 - re-raises the exception being handled by the caller
    _COUNTS[family] += 1
    try:
        from aiharden.scan.semgrep import cache_dir

        log = cache_dir() / "aiharden.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"codemod {family} failed on {where}\n{traceback.format_exc()}\n")
    except OSError:
        pass


def take() -> dict[str, int]:
    """The failures counted since the last call, by codemod family."""
    out = dict(sorted(_COUNTS.items()))
    _COUNTS.clear()
    return out
