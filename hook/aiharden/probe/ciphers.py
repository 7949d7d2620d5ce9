"""Weak ciphers, ECB and fixed IVs (CWE-327, 329, 1204): the ciphers the function builds, recorded as the
`cryptography` package and PyCryptodome make them (probe/child.py). The function is called twice with the same
input: DES, 3DES, Blowfish, RC2 or CAST, the ECB mode, or an IV or nonce that the first call already used (a
constant) is the exploit. A sound repair encrypts differently at every call, so outputs are not compared; what
must stay is how the function ends (a value of the same kind, or the same exception)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

WEAK_ALGORITHMS = frozenset({"DES", "DES3", "3DES", "TripleDES", "Blowfish", "ARC2", "RC2", "CAST", "CAST5", "IDEA",
                             "ARC4", "RC4", "SEED"})
_CIPHER_CODE = re.compile(r"\b(Cipher|AES|DES3?|TripleDES|Blowfish|modes\.|MODE_\w+|\w*cipher\w*|encryptor|decryptor|"
                          r"encrypt\w*|decrypt\w*)\b", re.I)


def _kind(obs: Obs) -> str:
    if "raised" in obs:
        return f"raises {obs['raised']['type']}"
    value = obs.get("returned")
    if isinstance(value, dict) and "bytes" in value:
        return "returns bytes"
    return f"returns {type(value).__name__}"


class Ciphers(Family):
    name = "cipher"
    cwes = frozenset({327, 329, 1204})
    sink = "the cipher"
    preload = ("cryptography.hazmat.primitives.ciphers", "cryptography.hazmat.primitives.ciphers.aead",
               "Crypto.Cipher.AES", "Crypto.Cipher.DES", "Crypto.Cipher.DES3", "Crypto.Cipher.Blowfish")
    compare_returns = False  # a sound cipher's output differs at every call
    # 32 bytes: an AES-256 key as well as a two-block message
    benign_text = ("0123456789abcdef0123456789abcdef",)
    reached = ("cipher",)  # a run that fails after building the cipher (bad padding) still shows the cipher
    repeat = 2  # a fixed IV shows on the second call
    claim_only = True  # CWE-329/760 findings of a key derivation's salt are the hash family's

    def claims(self, line: str) -> bool:
        return bool(_CIPHER_CODE.search(line))

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "cipher"):
            algorithm, mode = str(e.get("algorithm")), e.get("mode")
            if algorithm in WEAK_ALGORITHMS:
                return f"encrypts with {algorithm}, a broken or weak cipher"
            if mode == "ECB":
                return f"encrypts with {algorithm} in ECB mode: equal blocks give equal ciphertext"
            if e.get("iv_repeated"):
                return f"encrypts with {algorithm}-{mode} and the same IV as the call before (a fixed IV)"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return None

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in zip(orig, cand):
            if _kind(o) != _kind(c):
                return f"{_kind(c)} where the original {_kind(o).replace('returns', 'returned').replace('raises', 'raised')}"
        # ciphertext the code stores in whole blocks (a padded block mode) stays in whole blocks
        sizes = [(_size(o), _size(c)) for o, c in zip(orig, cand)]
        if sizes and all(a is not None and a % 16 == 0 for a, _ in sizes) and any(
                b is not None and b % 16 for _, b in sizes):
            b = next(b for _, b in sizes if b is not None and b % 16)
            return f"returns {b} bytes where the original's output was always a whole number of 16-byte blocks"
        return ""


def _size(obs: Obs) -> int | None:
    value = obs.get("returned")
    return len(value["bytes"]) if "raised" not in obs and isinstance(value, dict) and "bytes" in value else None

