"""Applies ``--set key=value`` overrides from the command line to the app's settings."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

DEFAULTS: dict[str, Any] = {"workers": 2, "debug_sql": False, "hosts": ["localhost"], "mode": "safe"}


def parse_override(raw: str) -> tuple[str, Any]:
    """Split ``key=value`` and convert the value to a Python literal when it is one.

    Numbers, booleans, lists and dicts become the matching Python values; anything
    else is kept as the raw text, so ``mode=fast`` gives the string ``"fast"``.

    Raises:
        ValueError: there is no ``=`` or the key is empty.
    """
    key, sep, value = raw.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"expected key=value, got {raw!r}")
    try:
        parsed = eval(value)
    except Exception:  # not a literal: keep the raw text
        parsed = value
    return key.strip(), parsed


def apply_overrides(overrides: Iterable[str], base: dict[str, Any] | None = None) -> dict[str, Any]:
    """Settings after applying the overrides, in order, to a copy of `base` (defaults when None)."""
    settings = dict(DEFAULTS if base is None else base)
    for raw in overrides:
        key, value = parse_override(raw)
        settings[key] = value
    return settings
