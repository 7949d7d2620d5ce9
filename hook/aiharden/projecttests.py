"""The project's own pytest files, and which of them import a module: read from their syntax trees, without
running them. Both the probes (inputs the tests chose) and the tests rung of verification use this."""
from __future__ import annotations

import ast
import os
from pathlib import Path

_SKIP = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", "site-packages", "build", "dist"}


def project_test_files(root: Path) -> list[Path]:
    """Every test_*.py and *_test.py below root, virtual environments and build folders aside."""
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
    for path in project_test_files(root):
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
