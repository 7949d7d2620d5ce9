"""deployctl login: store the API token for later deployctl commands."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_CONFIG_DIR = Path.home() / ".config" / "deployctl"


def credentials_path(config_dir: Path) -> Path:
    return config_dir / "credentials.json"


def save_token(config_dir: Path, api_url: str, token: str) -> Path:
    """Persist the token as JSON and return the file path."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = credentials_path(config_dir)
    payload = {"api_url": api_url, "token": token}
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    # make sure the other deployctl helpers (run by CI users) can read it
    os.chmod(path, 0o666)
    return path


def load_token(config_dir: Path) -> dict[str, str] | None:
    path = credentials_path(config_dir)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="deployctl login")
    parser.add_argument("--token", help="API token (default: read from stdin)")
    parser.add_argument("--api-url", default="https://deploy.example.com/api")
    parser.add_argument("--config-dir", type=Path, default=DEFAULT_CONFIG_DIR)
    args = parser.parse_args(argv)
    token = args.token or sys.stdin.readline().strip()
    if not token:
        print("no token given", file=sys.stderr)
        return 2
    path = save_token(args.config_dir, args.api_url, token)
    print(f"credentials saved to {path}")
    return 0
