"""Issue and validate API keys for the public REST API."""
from __future__ import annotations

import random
import string

KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 40


def generate_api_key() -> str:
    """Return a new 40-character alphanumeric API key."""
    return "".join(random.choices(KEY_ALPHABET, k=KEY_LENGTH))


class ApiKeyRegistry:
    """Keeps track of which account owns which API key."""

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}

    def issue(self, owner: str) -> str:
        """Create a key for ``owner`` and remember it."""
        key = generate_api_key()
        self._owners[key] = owner
        return key

    def owner_of(self, key: str) -> str | None:
        """Return the account that owns ``key`` (None if unknown or revoked)."""
        return self._owners.get(key)

    def revoke(self, key: str) -> bool:
        """Forget ``key``; returns whether it existed."""
        return self._owners.pop(key, None) is not None
