"""Credential store for the field-service tablet app (PBKDF2 password hashes)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

SALT_BYTES = 16
ITERATIONS = 200_000


def hash_password(password: str) -> str:
    """Derive the stored representation of a password: '<b64 salt>$<b64 hash>'."""
    salt = os.urandom(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return base64.b64encode(salt).decode("ascii") + "$" + base64.b64encode(derived).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    salt_b64, sep, hash_b64 = stored.partition("$")
    if not sep:
        return False
    salt = base64.b64decode(salt_b64)
    expected = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return hmac.compare_digest(base64.b64encode(expected).decode("ascii"), hash_b64)


@dataclass
class CredentialStore:
    hashes: dict[str, str] = field(default_factory=dict)

    def set_password(self, technician_id: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        self.hashes[technician_id] = hash_password(password)

    def check(self, technician_id: str, password: str) -> bool:
        stored = self.hashes.get(technician_id)
        return stored is not None and verify_password(password, stored)

    def export(self) -> dict[str, str]:
        """Snapshot used by the nightly sync to the central directory."""
        return dict(self.hashes)
