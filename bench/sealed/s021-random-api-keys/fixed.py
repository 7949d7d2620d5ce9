"""Issue and look up API keys for integration partners."""
from __future__ import annotations

import hashlib
import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timezone

KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 40
KEY_PREFIX = "pk_"


def generate_api_key(length: int = KEY_LENGTH) -> str:
    """Return a new random API key body of ``length`` characters."""
    chars = [secrets.choice(KEY_ALPHABET) for _ in range(length)]
    return "".join(chars)


@dataclass
class IssuedKey:
    owner: str
    key: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class ApiKeyRegistry:
    """Stores only a SHA-256 of each key; the plaintext is shown once."""

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}

    def issue(self, owner: str) -> IssuedKey:
        body = generate_api_key()
        full_key = f"{KEY_PREFIX}{body}"
        self._by_hash[hashlib.sha256(full_key.encode()).hexdigest()] = owner
        return IssuedKey(owner=owner, key=full_key)

    def owner_of(self, presented: str) -> str | None:
        return self._by_hash.get(hashlib.sha256(presented.encode()).hexdigest())
