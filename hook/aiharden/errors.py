"""Exit codes and the one exception type for expected failures."""
from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


class FatalError(RuntimeError):
    """An expected failure: printed as one line, exit code 2."""


def missing_revision(what: str, rev: str, shallow: bool) -> str:
    """Why a revision cannot be read: a shallow clone lacks history; in a full clone the name is wrong."""
    if shallow:
        return (f"{what} revision {rev!r} is not in this clone; fetch the full history "
                f"(git fetch --unshallow, or actions/checkout with fetch-depth: 0)")
    return f"{what} revision {rev!r} does not exist in this repository (`git log --oneline` lists the commits)"
