import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip_unicode():
    c = mod.NoteCipher("practice-secret")
    text = "Pt reports dizziness after 5 mg dose — follow up in 2 wks. Größe 172 cm"
    assert c.decrypt(c.encrypt(text)) == text
    assert c.decrypt(c.encrypt("")) == ""


def test_ciphertext_hides_plaintext():
    c = mod.NoteCipher("practice-secret")
    token = c.encrypt("HbA1c 7.9%")
    assert "HbA1c" not in token


def test_store_roundtrip_per_patient():
    store = mod.NoteStore(sqlite3.connect(":memory:"), mod.NoteCipher("s3"))
    store.add("P-001", "Allergic to penicillin")
    store.add("P-002", "Annual check-up, all normal")
    store.add("P-001", "Prescribed azithromycin")
    assert store.for_patient("P-001") == ["Allergic to penicillin", "Prescribed azithromycin"]


def test_wrong_secret_cannot_read():
    token = mod.NoteCipher("right").encrypt("confidential diagnosis text")
    try:
        out = mod.NoteCipher("wrong").decrypt(token)
    except Exception:
        return
    assert out != "confidential diagnosis text"
