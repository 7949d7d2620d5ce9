"""The languages aiharden scans, told from a file's name (and, for Python scripts, from their first line)."""
from __future__ import annotations

PYTHON = "python"
JAVASCRIPT = "javascript"  # TypeScript and JSX included: one rule set reads them all
ALL = (PYTHON, JAVASCRIPT)

PY_SUFFIXES = (".py", ".pyw")
JS_SUFFIXES = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx")
SUFFIXES = PY_SUFFIXES + JS_SUFFIXES
NAMES = {PYTHON: "Python", JAVASCRIPT: "JavaScript"}
SUPPORTED = "Python, JavaScript, TypeScript"


def detect(path: str, head: bytes = b"") -> str | None:
    """The language of a file from its name, or Python for a script whose #! line names it; None: not scanned."""
    if path.endswith(JS_SUFFIXES):
        return JAVASCRIPT
    if path.endswith(PY_SUFFIXES):
        return PYTHON
    first = head.split(b"\n", 1)[0]
    return PYTHON if first.startswith(b"#!") and b"python" in first else None


def of_scanned(path: str) -> str:
    """The language of a file already picked for scanning: a name without a known suffix is a Python script."""
    return JAVASCRIPT if path.endswith(JS_SUFFIXES) else PYTHON
