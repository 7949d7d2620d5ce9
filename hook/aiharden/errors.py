"""Exit codes and the one exception type for expected failures."""
from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


class FatalError(RuntimeError):
    """An expected failure: printed as one line, exit code 2."""
