"""Reads the settings file that ships with each third-party plugin."""
from __future__ import annotations

from pathlib import Path
from typing import Any

REQUIRED = ("name", "version")


def parse_settings(text: str) -> dict[str, Any]:
    """Parse a plugin settings file made of simple ``name = value`` lines.

    Values are Python literals (strings, numbers, lists, dicts, booleans).
    Names starting with an underscore are private and left out.
    """
    namespace: dict[str, Any] = {}
    exec(text, {}, namespace)
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
