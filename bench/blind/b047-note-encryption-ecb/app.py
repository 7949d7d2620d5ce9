"""Encryption helpers for the private notes feature."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_BYTES = 32
BLOCK_BITS = 128


def generate_note_key() -> bytes:
    """Create a new random 256-bit key for a user's notebook."""
    return os.urandom(KEY_BYTES)


def _cipher(key: bytes) -> Cipher:
    if len(key) != KEY_BYTES:
        raise ValueError("note key must be 32 bytes")
    return Cipher(algorithms.AES(key), modes.ECB())


def encrypt_note(key: bytes, text: str) -> str:
    """Encrypt a note body and return it as URL-safe base64 text."""
    padder = padding.PKCS7(BLOCK_BITS).padder()
    padded = padder.update(text.encode("utf-8")) + padder.finalize()
    encryptor = _cipher(key).encryptor()
    blob = encryptor.update(padded) + encryptor.finalize()
    return base64.urlsafe_b64encode(blob).decode("ascii")


def decrypt_note(key: bytes, token: str) -> str:
    """Reverse :func:`encrypt_note`."""
    blob = base64.urlsafe_b64decode(token.encode("ascii"))
    decryptor = _cipher(key).decryptor()
    padded = decryptor.update(blob) + decryptor.finalize()
    unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
    plain = unpadder.update(padded) + unpadder.finalize()
    return plain.decode("utf-8")
