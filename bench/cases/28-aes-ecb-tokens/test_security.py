from __future__ import annotations

import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = bytes(range(32))


def test_equal_plaintext_blocks_do_not_show() -> None:
    blob = mod.encrypt_token(KEY, "A" * 32)
    blocks = [blob[i:i + 16] for i in range(0, len(blob) - len(blob) % 16, 16)]
    assert len(set(blocks)) == len(blocks)


def test_same_token_twice_encrypts_differently() -> None:
    assert mod.encrypt_token(KEY, "sk-live-1") != mod.encrypt_token(KEY, "sk-live-1")
