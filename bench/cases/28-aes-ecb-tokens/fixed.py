"""Encrypts third-party API tokens before they are stored in the database."""
from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


def encrypt_token(key: bytes, token: str) -> bytes:
    """Encrypt an API token with a 256-bit key for storage."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, token.encode("utf-8"), None)


def decrypt_token(key: bytes, blob: bytes) -> str:
    """Recover the API token from its stored form.

    Raises:
        ValueError: the blob was not produced with this key.
    """
    nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, None).decode("utf-8")
    except InvalidTag as exc:
        raise ValueError("token was not encrypted with this key or was modified") from exc


def rotate(old_key: bytes, new_key: bytes, blob: bytes) -> bytes:
    """Re-encrypt a stored token under a new key."""
    return encrypt_token(new_key, decrypt_token(old_key, blob))
