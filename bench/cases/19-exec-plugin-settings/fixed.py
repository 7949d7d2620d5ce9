"""Reads the settings file that ships with each third-party plugin."""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

REQUIRED = ("name", "version")


def parse_settings(text: str) -> dict[str, Any]:
    """Parse a plugin settings file made of simple ``name = value`` lines.

    Values are Python literals (strings, numbers, lists, dicts, booleans).
    Names starting with an underscore are private and left out.

    Raises:
        ValueError: a line is not an assignment of a literal to a name.
    """
    namespace: dict[str, Any] = {}
    for stmt in ast.parse(text).body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            raise ValueError(f"line {stmt.lineno}: only 'name = literal' is allowed")
        namespace[stmt.targets[0].id] = ast.literal_eval(stmt.value)
    return {k: v for k, v in namespace.items() if not k.startswith("_")}


def load_plugin(folder: Path) -> dict[str, Any]:
    """Settings of the plugin in `folder` (its ``settings.py``).

    Raises:
        ValueError: a required setting is missing.
    """
    settings = parse_settings((folder / "settings.py").read_text(encoding="utf-8"))
    missing = [key for key in REQUIRED if key not in settings]
    if missing:
        raise ValueError(f"{folder.name}: missing {', '.join(missing)}")
    return settings
