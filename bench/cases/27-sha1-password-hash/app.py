"""Password hashing for the user accounts table."""
from __future__ import annotations

import hashlib
import hmac
import os


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Hash a password for storage as ``<salt hex>$<digest hex>``.

    A random 16-byte salt is generated unless one is given.
    """
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.sha1(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}${digest}"


def verify_password(password: str, stored: str) -> bool:
    """Check a login attempt against a stored ``salt$digest`` value."""
    try:
        salt_hex, _ = stored.split("$", 1)
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    return hmac.compare_digest(hash_password(password, salt), stored)


def needs_rehash(stored: str) -> bool:
    """True when a stored value is not in the current format."""
    return stored.count("$") != 1
