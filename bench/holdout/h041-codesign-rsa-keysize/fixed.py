"""Key management helpers for signing release artifacts."""
from __future__ import annotations

from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
KEY_BITS = 3072


def generate_signing_key(key_path: Path, passphrase: bytes) -> Path:
    """Create a new RSA signing key, store it encrypted, and write the public half next to it."""
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    key_path = Path(key_path)
    key_path.write_bytes(private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    ))
    key_path.chmod(0o600)
    pub_path = key_path.with_suffix(".pub.pem")
    pub_path.write_bytes(private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return pub_path


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def sign_artifact(artifact: Path, key_path: Path, passphrase: bytes) -> bytes:
    key = serialization.load_pem_private_key(Path(key_path).read_bytes(), password=passphrase)
    signature = key.sign(Path(artifact).read_bytes(), _pss(), hashes.SHA256())
    Path(str(artifact) + ".sig").write_bytes(signature)
    return signature


def verify_artifact(artifact: Path, signature: bytes, pub_path: Path) -> bool:
    public_key = serialization.load_pem_public_key(Path(pub_path).read_bytes())
    try:
        public_key.verify(signature, Path(artifact).read_bytes(), _pss(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True
