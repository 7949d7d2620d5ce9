import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_round_trip():
    vault = mod.TokenVault(os.urandom(32))
    for text in ["ya29.a0AfH6SMB-token", "", "ünïcødé ✓", "x" * 1000]:
        assert vault.decrypt(vault.encrypt(text)) == text


def test_put_get_and_ciphertext_hides_plaintext():
    vault = mod.TokenVault(os.urandom(32))
    vault.put("acct-1", "gho_abcdef123456")
    vault.put("acct-2", "xoxb-999")
    assert vault.get("acct-1") == "gho_abcdef123456"
    assert vault.get("acct-2") == "xoxb-999"
    assert "gho_abcdef" not in vault.encrypt("gho_abcdef123456")


def test_other_key_cannot_read():
    token = mod.TokenVault(os.urandom(32)).encrypt("secret-token-value-1234")
    other = mod.TokenVault(os.urandom(32))
    try:
        assert other.decrypt(token) != "secret-token-value-1234"
    except Exception:
        pass


def test_bad_key_length():
    with pytest.raises(ValueError):
        mod.TokenVault(b"short")
