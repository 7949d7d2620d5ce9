"""Encrypt third-party OAuth tokens before they are stored in the database."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12


@dataclass
class TokenVault:
    """Authenticated symmetric encryption (AES-256-GCM) around a data key."""

    key: bytes
    _store: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("key must be 32 bytes")

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = AESGCM(self.key).encrypt(nonce, plaintext.encode("utf-8"), None)
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return AESGCM(self.key).decrypt(nonce, ciphertext, None).decode("utf-8")

    def put(self, account_id: str, oauth_token: str) -> None:
        """Encrypt and store the token for ``account_id``."""
        self._store[account_id] = self.encrypt(oauth_token)

    def get(self, account_id: str) -> str:
        return self.decrypt(self._store[account_id])
