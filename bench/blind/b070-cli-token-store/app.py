"""Credential storage for the `shipit` deployment CLI."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

CONFIG_HOME = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))


def credentials_path(profile: str = "default") -> Path:
    """Location of the credentials file for *profile*."""
    return CONFIG_HOME / "shipit" / f"{profile}.json"


def save_credentials(api_token: str, refresh_secret: str, profile: str = "default") -> Path:
    """Persist the tokens returned by `shipit login` and return the file path."""
    path = credentials_path(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"api_token": api_token, "refresh_secret": refresh_secret}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2)
    return path


def load_credentials(profile: str = "default") -> Optional[dict[str, str]]:
    """Return the stored tokens, or None if the profile has not logged in."""
    path = credentials_path(profile)
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return {"api_token": data["api_token"], "refresh_secret": data["refresh_secret"]}


def logout(profile: str = "default") -> bool:
    """Delete stored credentials; True if something was removed."""
    try:
        credentials_path(profile).unlink()
    except FileNotFoundError:
        return False
    return True
