import base64
import binascii
import importlib
import os
import re

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = bytes(range(32))


def raw_bytes(token):
    """Best-effort decoding of the token text back to the ciphertext bytes."""
    if len(token) % 2 == 0 and re.fullmatch(r"[0-9a-fA-F]+", token):
        return bytes.fromhex(token)
    padded = token + "=" * (-len(token) % 4)
    for decode in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            return decode(padded)
        except (ValueError, binascii.Error):
            continue
    return token.encode()


def test_equal_plaintexts_give_different_ciphertexts():
    cipher = mod.TokenCipher(KEY)
    assert cipher.encrypt("ghp_same_token_value") != cipher.encrypt("ghp_same_token_value")


def test_repeated_plaintext_blocks_do_not_show_in_ciphertext():
    cipher = mod.TokenCipher(KEY)
    raw = raw_bytes(cipher.encrypt("A" * 64))
    for offset in range(16):
        blocks = [raw[i:i + 16] for i in range(offset, len(raw) - 15, 16)]
        assert len(blocks) == len(set(blocks)), "identical plaintext blocks encrypt identically (ECB)"
