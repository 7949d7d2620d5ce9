"""`acmectl login`: exchange credentials for an API token and cache it locally."""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Callable, Optional

TokenFetcher = Callable[[str, str], str]


def config_path(home: Optional[str] = None) -> Path:
    base = Path(home or os.environ.get("ACMECTL_HOME") or Path.home() / ".config" / "acmectl")
    return base / "credentials.json"


def save_token(token: str, profile: str = "default", home: Optional[str] = None) -> Path:
    """Persist ``token`` under ``profile``, keeping other profiles intact."""
    path = config_path(home)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = load_all(home)
    data[profile] = {"token": token}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    # the file may pre-date this version with looser permissions: owner-only
    os.chmod(path, 0o600)
    return path


def load_all(home: Optional[str] = None) -> dict:
    path = config_path(home)
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_token(profile: str = "default", home: Optional[str] = None) -> Optional[str]:
    return load_all(home).get(profile, {}).get("token")


def main(argv: Optional[list] = None, fetch_token: Optional[TokenFetcher] = None) -> int:
    parser = argparse.ArgumentParser(prog="acmectl login")
    parser.add_argument("--user", required=True)
    parser.add_argument("--profile", default="default")
    parser.add_argument("--home", default=None)
    args = parser.parse_args(argv)
    password = os.environ.get("ACME_PASSWORD") or ""
    if fetch_token is None:
        raise SystemExit("no token endpoint configured")
    token = fetch_token(args.user, password)
    path = save_token(token, args.profile, args.home)
    print(f"Logged in as {args.user}; token saved to {path}")
    return 0
