"""The languages aiharden scans, told from a file's name (and, for Python scripts, from their first line)."""
from __future__ import annotations

PYTHON = "python"
JAVASCRIPT = "javascript"  # TypeScript and JSX included: one rule set reads them all
TEMPLATE = "template"  # Jinja2 and Django HTML templates, read as text
ALL = (PYTHON, JAVASCRIPT, TEMPLATE)

PY_SUFFIXES = (".py", ".pyw")
JS_SUFFIXES = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx")
TEMPLATE_SUFFIXES = (".html", ".htm", ".jinja", ".jinja2", ".j2")
SUFFIXES = PY_SUFFIXES + JS_SUFFIXES + TEMPLATE_SUFFIXES
NAMES = {PYTHON: "Python", JAVASCRIPT: "JavaScript", TEMPLATE: "templates"}
SUPPORTED = "Python, JavaScript, TypeScript, HTML templates"


def detect(path: str, head: bytes = b"") -> str | None:
    """The language of a file from its name, or Python for a script whose #! line names it; None: not scanned."""
    if path.endswith(JS_SUFFIXES):
        return JAVASCRIPT
    if path.endswith(PY_SUFFIXES):
        return PYTHON
    if path.lower().endswith(TEMPLATE_SUFFIXES):
        return TEMPLATE
    first = head.split(b"\n", 1)[0]
    return PYTHON if first.startswith(b"#!") and b"python" in first else None


def of_scanned(path: str) -> str:
    """The language of a file already picked for scanning: a name without a known suffix is a Python script."""
    if path.endswith(JS_SUFFIXES):
        return JAVASCRIPT
    return TEMPLATE if path.lower().endswith(TEMPLATE_SUFFIXES) else PYTHON
