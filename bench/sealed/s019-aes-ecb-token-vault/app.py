"""Encrypt third-party OAuth tokens before they are stored in the database."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_BYTES = 32


@dataclass
class TokenVault:
    """Symmetric encryption wrapper around a 256-bit data key."""

    key: bytes
    _store: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("key must be 32 bytes")

    def encrypt(self, plaintext: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        ciphertext = encryptor.update(data) + encryptor.finalize()
        return base64.b64encode(ciphertext).decode("ascii")

    def decrypt(self, token: str) -> str:
        ciphertext = base64.b64decode(token)
        decryptor = Cipher(algorithms.AES(self.key), modes.ECB()).decryptor()
        data = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def put(self, account_id: str, oauth_token: str) -> None:
        """Encrypt and store the token for ``account_id``."""
        self._store[account_id] = self.encrypt(oauth_token)

    def get(self, account_id: str) -> str:
        return self.decrypt(self._store[account_id])
