"""Stores the command-line tool's API credentials in the user's config folder."""
from __future__ import annotations

import json
import os
from pathlib import Path


def credentials_path(config_dir: Path) -> Path:
    """Location of the credentials file inside the tool's config folder."""
    return config_dir / "credentials.json"


def save_credentials(config_dir: Path, api_token: str, account: str) -> Path:
    """Persist the token returned by ``login`` so later commands can use it."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = credentials_path(config_dir)
    path.write_text(json.dumps({"account": account, "token": api_token}), encoding="utf-8")
    os.chmod(path, 0o600)  # the token grants account access: owner only
    return path


def load_credentials(config_dir: Path) -> dict[str, str] | None:
    """The saved credentials, or None before the first ``login``."""
    path = credentials_path(config_dir)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"account": str(data["account"]), "token": str(data["token"])}
