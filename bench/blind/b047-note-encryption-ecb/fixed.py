"""Encryption helpers for the private notes feature."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12


def generate_note_key() -> bytes:
    """Create a new random 256-bit key for a user's notebook."""
    return os.urandom(KEY_BYTES)


def _aead(key: bytes) -> AESGCM:
    if len(key) != KEY_BYTES:
        raise ValueError("note key must be 32 bytes")
    return AESGCM(key)


def encrypt_note(key: bytes, text: str) -> str:
    """Encrypt a note body (AES-256-GCM, random nonce) and return URL-safe base64 text."""
    nonce = os.urandom(NONCE_BYTES)
    blob = nonce + _aead(key).encrypt(nonce, text.encode("utf-8"), None)
    return base64.urlsafe_b64encode(blob).decode("ascii")


def decrypt_note(key: bytes, token: str) -> str:
    """Reverse :func:`encrypt_note`."""
    blob = base64.urlsafe_b64decode(token.encode("ascii"))
    nonce, sealed = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    return _aead(key).decrypt(nonce, sealed, None).decode("utf-8")
