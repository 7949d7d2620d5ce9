"""Weak ciphers, ECB and fixed IVs rewritten to AES-GCM with a versioned format, judged by what the rewritten code
does: the round trip works, equal plaintexts give different ciphertexts, old and altered ciphertexts are refused
with a clear error."""
from __future__ import annotations

import os
import types

import pytest

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

HEAD = ("from cryptography.hazmat.primitives import padding\n"
        "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n")
PAD = ("    padder = padding.PKCS7(128).padder()\n"
       "    data = padder.update(text.encode()) + padder.finalize()\n")
UNPAD = ("    unpadder = padding.PKCS7(128).unpadder()\n"
         "    return (unpadder.update(data) + unpadder.finalize()).decode()\n")

SHAPES = [
    pytest.param(  # the cipher built where it is used
        HEAD + "\n\ndef seal(key, text):\n" + PAD +
        "    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()\n    return enc.update(data) + enc.finalize()\n"
        "\n\ndef unseal(key, blob):\n    dec = Cipher(algorithms.AES(key), modes.ECB()).decryptor()\n"
        "    data = dec.update(blob) + dec.finalize()\n" + UNPAD,
        "weak-cipher", (327,), "modes.ECB()", id="inline-ecb"),
    pytest.param(  # a helper function builds it; the weak algorithm of the decrepit module
        "from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES\n" + HEAD +
        "\n\ndef _cipher(key):\n    return Cipher(TripleDES(key), modes.ECB())\n"
        "\n\ndef seal(key, text):\n" + PAD +
        "    enc = _cipher(key).encryptor()\n    return enc.update(data) + enc.finalize()\n"
        "\n\ndef unseal(key, blob):\n    dec = _cipher(key).decryptor()\n"
        "    data = dec.update(blob) + dec.finalize()\n" + UNPAD,
        "weak-cipher", (327,), "TripleDES(key)", id="helper-3des"),
    pytest.param(  # a method of the class builds it from a constant IV the callers pass
        HEAD + "\nFIXED_IV = b'0123456789abcdef'\n\n\nclass Box:\n    def __init__(self, key):\n        self.key = key\n\n"
        "    def _cipher(self, iv):\n        return Cipher(algorithms.AES(self.key), modes.CBC(iv))\n\n"
        "    def seal(self, text):\n" + PAD.replace("    ", "        ") +
        "        enc = self._cipher(FIXED_IV).encryptor()\n        return enc.update(data) + enc.finalize()\n\n"
        "    def unseal(self, blob):\n        dec = self._cipher(FIXED_IV).decryptor()\n"
        "        data = dec.update(blob) + dec.finalize()\n" + UNPAD.replace("    ", "        "),
        "fixed-iv-or-salt", (329, 760), "self._cipher(FIXED_IV).encryptor()", id="method-fixed-iv"),
]


def _load(source: str) -> types.ModuleType:
    module = types.ModuleType("rewritten")
    exec(compile(source, "rewritten.py", "exec"), module.__dict__)  # noqa: S102 - the test's own source
    return module


def _pair(module: types.ModuleType, key: bytes) -> tuple:
    if hasattr(module, "Box"):
        box = module.Box(key)
        return box.seal, box.unseal
    return (lambda t: module.seal(key, t)), (lambda b: module.unseal(key, b))


@pytest.mark.parametrize("source, rule, cwe, needle", SHAPES)
def test_the_cipher_becomes_aes_gcm_and_the_round_trip_still_works(source: str, rule: str, cwe: tuple,
                                                                   needle: str) -> None:
    line = next(n for n, text in enumerate(source.splitlines(), 1) if needle in text)
    fixes = propose(source, rule, cwe, line, line)
    assert [f.name for f in fixes] == ["cipher-aes-gcm"]
    fixed = apply_edits(source, fixes[0].edits)
    assert "ECB" not in fixed.split("class _AesGcm")[1] and "CBC(" not in fixed.split("class _AesGcm")[1]
    key = os.urandom(24 if "TripleDES" in source else 32)
    seal, unseal = _pair(_load(fixed), key)
    for text in ("", "hello", "x" * 16, "ü" * 40):
        assert unseal(seal(text)) == text
    a, b = seal("same text, twice"), seal("same text, twice")
    assert a != b and len(a) % 16 == 0  # a fresh nonce per message; padded data stays in whole blocks
    old_seal, _ = _pair(_load(source), key)
    with pytest.raises(ValueError, match="re-encrypted"):
        unseal(old_seal("made before the change"))
    altered = a[:-1] + bytes([a[-1] ^ 1])
    with pytest.raises(ValueError, match="altered"):
        unseal(altered)


def test_pycryptodome_ecb_becomes_the_same_format() -> None:
    source = ("from Crypto.Cipher import AES\n\n\ndef seal(key, data):\n    return AES.new(key, AES.MODE_ECB).encrypt(data)\n"
              "\n\ndef unseal(key, blob):\n    return AES.new(key, AES.MODE_ECB).decrypt(blob)\n")
    fixes = propose(source, "weak-cipher", (327,), 5, 5)
    assert [f.name for f in fixes] == ["cipher-aes-gcm"]
    fixed = _load(apply_edits(source, fixes[0].edits))
    key = os.urandom(16)
    sealed = fixed.seal(key, b"0123456789abcdef")
    assert sealed != fixed.seal(key, b"0123456789abcdef")
    assert fixed.unseal(key, sealed) == b"0123456789abcdef"


def test_a_cipher_with_a_random_iv_is_left_alone() -> None:
    source = (HEAD + "import os\n\n\ndef seal(key, data):\n    iv = os.urandom(16)\n"
              "    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()\n"
              "    return iv + enc.update(data) + enc.finalize()\n")
    assert propose(source, "weak-cipher", (327,), 7, 7) == []
