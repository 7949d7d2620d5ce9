"""Encrypt free-text customer notes before they are written to the CRM database.

Stored values look like ``v2:<base64 nonce+ciphertext>`` so the format can evolve.
"""
from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = "v2"
_NONCE_BYTES = 12


class NoteCipher:
    """Authenticated encryption (AES-256-GCM) for CRM notes, keyed from the service passphrase."""

    def __init__(self, passphrase: str) -> None:
        self._key = hashlib.sha256(passphrase.encode()).digest()

    def _cipher(self) -> AESGCM:
        return AESGCM(self._key)

    def encrypt(self, note: str) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        blob = nonce + self._cipher().encrypt(nonce, note.encode("utf-8"), FORMAT_VERSION.encode())
        return f"{FORMAT_VERSION}:{base64.b64encode(blob).decode()}"

    def decrypt(self, stored: str) -> str:
        version, _, payload = stored.partition(":")
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported note format {version!r}")
        blob = base64.b64decode(payload)
        nonce, ciphertext = blob[:_NONCE_BYTES], blob[_NONCE_BYTES:]
        return self._cipher().decrypt(nonce, ciphertext, FORMAT_VERSION.encode()).decode("utf-8")


def encrypt_notes(cipher: NoteCipher, notes: dict[int, str]) -> dict[int, str]:
    """Encrypt a batch of notes keyed by customer id."""
    return {customer_id: cipher.encrypt(text) for customer_id, text in notes.items()}
