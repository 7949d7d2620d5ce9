"""Encrypt clinician notes before they are written to the practice database."""
from __future__ import annotations

import base64
import hashlib
import sqlite3
from typing import List

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes


class NoteCipher:
    """Symmetric encryption of note text with a key derived from the practice secret."""

    def __init__(self, practice_secret: str) -> None:
        # 8-byte key -> single DES (TripleDES with K1 == K2 == K3)
        self._key = hashlib.sha256(practice_secret.encode()).digest()[:8]

    def encrypt(self, plaintext: str) -> str:
        padder = padding.PKCS7(64).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = Cipher(TripleDES(self._key), modes.ECB()).encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()

    def decrypt(self, token: str) -> str:
        decryptor = Cipher(TripleDES(self._key), modes.ECB()).decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(64).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


class NoteStore:
    def __init__(self, conn: sqlite3.Connection, cipher: NoteCipher) -> None:
        self.conn = conn
        self.cipher = cipher
        conn.execute(
            "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, patient_id TEXT, body TEXT)"
        )

    def add(self, patient_id: str, text: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO notes (patient_id, body) VALUES (?, ?)",
            (patient_id, self.cipher.encrypt(text)),
        )
        self.conn.commit()
        return cur.lastrowid

    def for_patient(self, patient_id: str) -> List[str]:
        rows = self.conn.execute(
            "SELECT body FROM notes WHERE patient_id = ? ORDER BY id", (patient_id,)
        ).fetchall()
        return [self.cipher.decrypt(body) for (body,) in rows]
