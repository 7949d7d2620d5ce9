"""Password-protected local secrets vault (`vault.json`)."""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Dict

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

KDF_ITERATIONS = 200_000
SALT_BYTES = 16


class VaultLocked(Exception):
    """Wrong master password or corrupted vault."""


def derive_key(master_password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt,
                     iterations=KDF_ITERATIONS)
    return base64.urlsafe_b64encode(kdf.derive(master_password.encode("utf-8")))


def create_vault(path: str | Path, master_password: str, secrets: Dict[str, str]) -> None:
    if len(master_password) < 12:
        raise ValueError("master password must be at least 12 characters")
    salt = os.urandom(SALT_BYTES)  # fresh random salt per vault (and per re-encryption)
    token = Fernet(derive_key(master_password, salt)).encrypt(json.dumps(secrets).encode())
    document = {"version": 1, "kdf": "pbkdf2-sha256",
                "salt": base64.b64encode(salt).decode(), "data": token.decode()}
    Path(path).write_text(json.dumps(document, indent=2))


def unlock_vault(path: str | Path, master_password: str) -> Dict[str, str]:
    document = json.loads(Path(path).read_text())
    salt = base64.b64decode(document["salt"])
    fernet = Fernet(derive_key(master_password, salt))
    try:
        return json.loads(fernet.decrypt(document["data"].encode()))
    except InvalidToken:
        raise VaultLocked("wrong master password") from None


def update_secret(path: str | Path, master_password: str, name: str, value: str) -> None:
    secrets = unlock_vault(path, master_password)
    secrets[name] = value
    create_vault(path, master_password, secrets)
