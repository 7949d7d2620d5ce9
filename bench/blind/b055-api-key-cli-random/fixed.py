"""issue-key: command-line tool that issues API keys for partner integrations."""
from __future__ import annotations

import argparse
import hashlib
import json
import secrets
import string
import sys
from datetime import datetime, timezone
from pathlib import Path

KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 32
KEY_PREFIX = "pk_"


def generate_api_key(length: int = KEY_LENGTH) -> str:
    """Return a new random API key body of ``length`` characters."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(length))


def issue_key(owner: str, scopes: list[str], store: Path) -> str:
    """Create a key for ``owner``, record its fingerprint in ``store`` and return it."""
    key = KEY_PREFIX + generate_api_key()
    record = {
        "owner": owner,
        "scopes": sorted(set(scopes)),
        "sha256": hashlib.sha256(key.encode()).hexdigest(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    store.parent.mkdir(parents=True, exist_ok=True)
    with store.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    return key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--owner", required=True, help="partner or service name")
    parser.add_argument("--scopes", default="read", help="comma separated scopes")
    parser.add_argument("--store", type=Path, default=Path("keys.jsonl"))
    args = parser.parse_args(argv)
    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
    key = issue_key(args.owner, scopes, args.store)
    sys.stdout.write(key + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
