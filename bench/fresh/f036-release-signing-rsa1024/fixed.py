"""Release tooling: create a signing key and sign/verify release artifacts."""
from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
KEY_SIZE = 3072


def generate_signing_key(passphrase: bytes) -> tuple[bytes, bytes]:
    """Return (encrypted private key PEM, public key PEM) for a new release key."""
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def _digest_file(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def sign_artifact(path: Path, private_pem: bytes, passphrase: bytes) -> bytes:
    """Sign the artifact's SHA-256 digest with RSA-PSS."""
    key = serialization.load_pem_private_key(private_pem, password=passphrase)
    return key.sign(
        _digest_file(path),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def verify_artifact(path: Path, signature: bytes, public_pem: bytes) -> bool:
    key = serialization.load_pem_public_key(public_pem)
    try:
        key.verify(
            signature,
            _digest_file(path),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except InvalidSignature:
        return False
    return True
