import importlib
import os

from cryptography.hazmat.primitives import serialization

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_release_key_is_strong_enough(tmp_path):
    private_pem, public_pem = mod.generate_signing_key(b"pass")
    public_key = serialization.load_pem_public_key(public_pem)
    assert public_key.key_size >= 2048, f"{public_key.key_size}-bit RSA is factorable by well-funded attackers"
    private_key = serialization.load_pem_private_key(private_pem, password=b"pass")
    assert private_key.key_size >= 2048


def test_signature_length_reflects_key_strength(tmp_path):
    private_pem, _ = mod.generate_signing_key(b"pass")
    artifact = tmp_path / "a.bin"
    artifact.write_bytes(b"x")
    assert len(mod.sign_artifact(artifact, private_pem, b"pass")) * 8 >= 2048
