"""Field-level encryption for PII columns (tax ids, phone numbers) before storage."""
from __future__ import annotations

import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_SIZE = 16


class FieldEncryptor:
    """Encrypts and decrypts individual column values with a shared data key.

    Each value gets a fresh random IV, stored as the first block of the output.
    """

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be 128, 192 or 256 bits")
        self._key = data_key

    def _cipher(self, iv: bytes) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(iv))

    def encrypt(self, value: str) -> bytes:
        """Encrypt a column value; returns raw bytes suitable for a BLOB column."""
        padder = padding.PKCS7(BLOCK_SIZE * 8).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        iv = os.urandom(BLOCK_SIZE)
        enc = self._cipher(iv).encryptor()
        return iv + enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> str:
        """Decrypt bytes produced by :meth:`encrypt`."""
        iv, body = blob[:BLOCK_SIZE], blob[BLOCK_SIZE:]
        dec = self._cipher(iv).decryptor()
        data = dec.update(body) + dec.finalize()
        unpadder = padding.PKCS7(BLOCK_SIZE * 8).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def encrypt_row(self, row: dict[str, str], columns: tuple[str, ...]) -> dict[str, object]:
        """Return a copy of ``row`` with the named columns encrypted."""
        out: dict[str, object] = dict(row)
        for col in columns:
            if out.get(col) is not None:
                out[col] = self.encrypt(str(out[col]))
        return out
