import importlib, os

from cryptography.hazmat.primitives import serialization

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MIN_EC_BITS = 256


def test_vendor_key_curve_strength():
    key = mod.create_vendor_key()
    assert key.curve.key_size >= MIN_EC_BITS, f"weak curve {key.curve.name}"


def test_exported_public_key_strength():
    key = mod.create_vendor_key()
    pub = serialization.load_pem_public_key(mod.export_public_key(key).encode())
    assert pub.curve.key_size >= MIN_EC_BITS
