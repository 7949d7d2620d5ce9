"""Encrypt third-party API tokens before they are stored in the database."""
from __future__ import annotations

import base64

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TokenCipher:
    """AES encryption of short secrets with a 128/192/256-bit key."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    def encrypt(self, plaintext: str) -> str:
        """Encrypt ``plaintext`` and return URL-safe base64 text."""
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        ciphertext = encryptor.update(data) + encryptor.finalize()
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Reverse :meth:`encrypt`."""
        ciphertext = base64.urlsafe_b64decode(token.encode("ascii"))
        decryptor = Cipher(algorithms.AES(self._key), modes.ECB()).decryptor()
        data = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")
