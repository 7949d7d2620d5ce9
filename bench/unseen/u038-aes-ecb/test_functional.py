import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = bytes(range(32))


@pytest.mark.parametrize("secret", ["ghp_abcdef0123456789", "", "ünïcødé ✓", "x" * 100])
def test_round_trip(secret):
    cipher = mod.TokenCipher(KEY)
    token = cipher.encrypt(secret)
    assert isinstance(token, str)
    assert secret == "" or secret not in token
    assert cipher.decrypt(token) == secret


def test_bad_key_length():
    with pytest.raises(ValueError):
        mod.TokenCipher(b"too-short")
