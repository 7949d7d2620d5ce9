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
    target.write_text(json.dumps({"username": username, "token": token}, indent=2), encoding="utf-8")
    # Let the sync daemon (running as another user) refresh the token too.
    os.chmod(target, 0o777)
    return target


def load_credentials(path: str | os.PathLike[str] = DEFAULT_PATH) -> dict[str, str] | None:
    """Return the saved credentials, or None when nothing was saved yet."""
    target = Path(path)
    if not target.exists():
        return None
    return json.loads(target.read_text(encoding="utf-8"))
