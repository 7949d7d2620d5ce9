import importlib, os
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

KEY = bytes(range(32))


@pytest.mark.parametrize("value", ["", "123-45-6789", "+44 20 7946 0958", "a" * 16, "ü" * 40])
def test_round_trip(value):
    enc = mod.FieldEncryptor(KEY)
    blob = enc.encrypt(value)
    assert isinstance(blob, bytes)
    assert len(blob) % 16 == 0
    assert value.encode() not in blob or value == ""
    assert enc.decrypt(blob) == value


@pytest.mark.parametrize("size", [16, 24, 32])
def test_key_sizes(size):
    enc = mod.FieldEncryptor(b"k" * size)
    assert enc.decrypt(enc.encrypt("hello")) == "hello"


def test_bad_key():
    with pytest.raises(ValueError):
        mod.FieldEncryptor(b"short")


def test_encrypt_row():
    enc = mod.FieldEncryptor(KEY)
    row = {"id": "7", "name": "Ada", "tax_id": "999-11-2222", "phone": None}
    out = enc.encrypt_row(row, ("tax_id", "phone"))
    assert out["id"] == "7" and out["name"] == "Ada" and out["phone"] is None
    assert isinstance(out["tax_id"], bytes)
    assert enc.decrypt(out["tax_id"]) == "999-11-2222"
    assert row["tax_id"] == "999-11-2222"


def test_other_instance_same_key_decrypts():
    blob = mod.FieldEncryptor(KEY).encrypt("shared")
    assert mod.FieldEncryptor(KEY).decrypt(blob) == "shared"
