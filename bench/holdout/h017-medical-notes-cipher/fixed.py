"""Encrypt clinician notes before they are written to the practice database."""
from __future__ import annotations

import base64
import hashlib
import os
import sqlite3
from typing import List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NoteCipher:
    """Symmetric encryption of note text with a key derived from the practice secret."""

    def __init__(self, practice_secret: str) -> None:
        # 256-bit AES key; AES-GCM gives confidentiality and integrity.
        self._aead = AESGCM(hashlib.sha256(practice_secret.encode()).digest())

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), None)
        return base64.b64encode(nonce + sealed).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        return self._aead.decrypt(raw[:12], raw[12:], None).decode("utf-8")


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
