"""Persist the CLI's API credentials between runs."""
from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULT_PATH = Path.home() / ".config" / "acme-cli" / "credentials.json"


def save_credentials(username: str, token: str, path: str | os.PathLike[str] = DEFAULT_PATH) -> Path:
    """Store the login for later runs and return the file's path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # also tighten a file left over from an older version
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"username": username, "token": token}, indent=2))
    return target


def load_credentials(path: str | os.PathLike[str] = DEFAULT_PATH) -> dict[str, str] | None:
    """Return the saved credentials, or None when nothing was saved yet."""
    target = Path(path)
    if not target.exists():
        return None
    return json.loads(target.read_text(encoding="utf-8"))
