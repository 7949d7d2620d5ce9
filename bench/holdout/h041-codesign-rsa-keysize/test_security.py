import importlib
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_generated_signing_key_is_strong_enough(tmp_path):
    pub_path = mod.generate_signing_key(tmp_path / "k.pem", b"pw")
    public_key = serialization.load_pem_public_key(pub_path.read_bytes())
    if isinstance(public_key, rsa.RSAPublicKey):
        assert public_key.key_size >= 2048, f"RSA-{public_key.key_size} is factorable"
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        assert public_key.curve.key_size >= 256
