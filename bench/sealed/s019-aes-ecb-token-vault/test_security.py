import base64
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_encryption_is_not_deterministic():
    vault = mod.TokenVault(os.urandom(32))
    assert vault.encrypt("same-token") != vault.encrypt("same-token")


def test_repeated_blocks_do_not_show_through():
    vault = mod.TokenVault(os.urandom(32))
    raw = base64.b64decode(vault.encrypt("A" * 64))
    for offset in range(16):
        blocks = [raw[i:i + 16] for i in range(offset, len(raw) - 15, 16)]
        assert len(blocks) == len(set(blocks)), "identical plaintext blocks produced identical ciphertext blocks"
