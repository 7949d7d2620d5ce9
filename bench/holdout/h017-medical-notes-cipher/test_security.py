import base64
import importlib
import os
import sqlite3

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _stored(store):
    return [b for (b,) in store.conn.execute("SELECT body FROM notes ORDER BY id")]


def test_identical_notes_do_not_produce_identical_ciphertext():
    store = mod.NoteStore(sqlite3.connect(":memory:"), mod.NoteCipher("s3"))
    store.add("P-001", "HIV positive")
    store.add("P-002", "HIV positive")
    a, b = _stored(store)
    assert a != b, "deterministic encryption reveals which patients share a diagnosis"


def test_repeated_blocks_are_not_visible_in_ciphertext():
    cipher = mod.NoteCipher("s3")
    raw = base64.b64decode(cipher.encrypt("A" * 64))
    blocks = [raw[i:i + 8] for i in range(0, len(raw) - len(raw) % 8, 8)]
    assert len(set(blocks)) == len(blocks), "ECB mode: equal plaintext blocks leak"


def test_ciphertext_tampering_is_detected():
    cipher = mod.NoteCipher("s3")
    raw = bytearray(base64.b64decode(cipher.encrypt("Dose: 5mg" + "Dose:50mg" + " daily")))
    raw[0:8], raw[8:16] = raw[8:16], raw[0:8]  # cut-and-paste two ciphertext blocks
    try:
        result = cipher.decrypt(base64.b64encode(bytes(raw)).decode())
    except Exception:
        result = None
    assert result is None, f"modified ciphertext decrypted without an integrity error: {result!r}"
