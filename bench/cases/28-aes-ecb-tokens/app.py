"""Encrypts third-party API tokens before they are stored in the database."""
from __future__ import annotations

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_token(key: bytes, token: str) -> bytes:
    """Encrypt an API token with a 256-bit key for storage."""
    padder = padding.PKCS7(128).padder()
    data = padder.update(token.encode("utf-8")) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def decrypt_token(key: bytes, blob: bytes) -> str:
    """Recover the API token from its stored form.

    Raises:
        ValueError: the blob was not produced with this key.
    """
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
    data = decryptor.update(blob) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def rotate(old_key: bytes, new_key: bytes, blob: bytes) -> bytes:
    """Re-encrypt a stored token under a new key."""
    return encrypt_token(new_key, decrypt_token(old_key, blob))
