"""Encrypt free-text customer notes before they are written to the CRM database.

Stored values look like ``v1:<base64 ciphertext>`` so the format can evolve.
"""
from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes

FORMAT_VERSION = "v1"


class NoteCipher:
    """Symmetric encryption for CRM notes, keyed from the service passphrase."""

    def __init__(self, passphrase: str) -> None:
        # single-length DES key (8 bytes) derived from the passphrase
        self._key = hashlib.sha256(passphrase.encode()).digest()[:8]

    def _cipher(self) -> Cipher:
        return Cipher(TripleDES(self._key), modes.ECB())

    def encrypt(self, note: str) -> str:
        padder = padding.PKCS7(64).padder()
        data = padder.update(note.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        blob = enc.update(data) + enc.finalize()
        return f"{FORMAT_VERSION}:{base64.b64encode(blob).decode()}"

    def decrypt(self, stored: str) -> str:
        version, _, payload = stored.partition(":")
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported note format {version!r}")
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(payload)) + dec.finalize()
        unpadder = padding.PKCS7(64).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_notes(cipher: NoteCipher, notes: dict[int, str]) -> dict[int, str]:
    """Encrypt a batch of notes keyed by customer id."""
    return {customer_id: cipher.encrypt(text) for customer_id, text in notes.items()}
