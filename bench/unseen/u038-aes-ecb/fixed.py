"""Encrypt third-party API tokens before they are stored in the database."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE_SIZE = 12


class TokenCipher:
    """AES-GCM (authenticated) encryption of short secrets with a 128/192/256-bit key."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: str) -> str:
        """Encrypt ``plaintext`` and return URL-safe base64 text (nonce || ciphertext+tag)."""
        nonce = os.urandom(_NONCE_SIZE)
        ciphertext = self._aead.encrypt(nonce, plaintext.encode("utf-8"), None)
        return base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Reverse :meth:`encrypt`; raises if the token was tampered with."""
        raw = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, ciphertext = raw[:_NONCE_SIZE], raw[_NONCE_SIZE:]
        return self._aead.decrypt(nonce, ciphertext, None).decode("utf-8")
