import importlib
import os

from cryptography.hazmat.primitives import serialization

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_rotated_key_is_strong(tmp_path):
    paths = mod.rotate_signing_key(tmp_path)
    key = serialization.load_pem_private_key(paths.private.read_bytes(), password=None)
    assert key.key_size >= 2048, f"RSA key is only {key.key_size} bits"
    public = serialization.load_pem_public_key(paths.public.read_bytes())
    assert public.key_size >= 2048
