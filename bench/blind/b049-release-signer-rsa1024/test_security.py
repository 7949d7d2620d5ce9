import importlib, os

from cryptography.hazmat.primitives import serialization

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MIN_RSA_BITS = 2048


def test_generated_key_is_strong():
    signer = mod.ReleaseSigner.generate()
    assert signer.private_key.key_size >= MIN_RSA_BITS


def test_published_key_and_signature_size():
    signer = mod.ReleaseSigner.generate()
    pub = serialization.load_pem_public_key(signer.public_pem())
    assert pub.key_size >= MIN_RSA_BITS
    assert len(signer.sign(b"artifact")) * 8 >= MIN_RSA_BITS
