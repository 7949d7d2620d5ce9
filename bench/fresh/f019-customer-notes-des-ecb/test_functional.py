import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_roundtrip():
    cipher = mod.NoteCipher("service-passphrase")
    stored = cipher.encrypt("Prefers email contact. Renewal due in March.")
    assert stored.startswith(mod.FORMAT_VERSION + ":")
    assert "Renewal" not in stored
    assert cipher.decrypt(stored) == "Prefers email contact. Renewal due in March."


def test_unicode_and_empty():
    cipher = mod.NoteCipher("k")
    for text in ["", "Zoë – ☎ 555-0100", "x" * 1000]:
        assert cipher.decrypt(cipher.encrypt(text)) == text


def test_wrong_version_rejected():
    with pytest.raises(ValueError):
        mod.NoteCipher("k").decrypt("v0:AAAA")


def test_batch():
    cipher = mod.NoteCipher("k")
    out = mod.encrypt_notes(cipher, {1: "a", 2: "b"})
    assert {k: cipher.decrypt(v) for k, v in out.items()} == {1: "a", 2: "b"}


def test_other_key_cannot_decrypt_correctly():
    stored = mod.NoteCipher("right").encrypt("secret note")
    try:
        result = mod.NoteCipher("wrong").decrypt(stored)
    except Exception:
        result = None
    assert result != "secret note"
