import base64
import importlib, os
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_key_generation():
    k1, k2 = mod.generate_note_key(), mod.generate_note_key()
    assert isinstance(k1, bytes) and len(k1) == 32
    assert k1 != k2


@pytest.mark.parametrize("text", ["", "a", "groceries: milk, eggs", "x" * 16, "y" * 33,
                                  "Ünïcødé ✓ notes\nline two", "z" * 1000])
def test_round_trip(text):
    key = mod.generate_note_key()
    token = mod.encrypt_note(key, text)
    assert isinstance(token, str)
    base64.urlsafe_b64decode(token.encode("ascii"))
    # a short plaintext turns up in random-looking bytes by chance; only a longer one says something
    assert text.encode() not in base64.urlsafe_b64decode(token) or len(text.encode()) < 8
    assert mod.decrypt_note(key, token) == text


def test_bad_key_length():
    with pytest.raises(ValueError):
        mod.encrypt_note(b"short", "hello")


def test_fixed_key_round_trip():
    key = bytes(range(32))
    assert mod.decrypt_note(key, mod.encrypt_note(key, "meeting at 10")) == "meeting at 10"
