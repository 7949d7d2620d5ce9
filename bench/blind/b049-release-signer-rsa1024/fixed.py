"""Sign and verify release artifacts (tarballs, wheels) with an RSA key pair."""
from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
KEY_BITS = 3072
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


@dataclass
class ReleaseSigner:
    """Holds the private key used by the build pipeline to sign artifacts."""

    private_key: rsa.RSAPrivateKey

    @classmethod
    def generate(cls) -> "ReleaseSigner":
        """Create a signer with a brand-new key pair."""
        key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
        return cls(key)

    def sign(self, artifact: bytes) -> bytes:
        """Return a detached signature over ``artifact``."""
        return self.private_key.sign(artifact, _PSS, hashes.SHA256())

    def public_pem(self) -> bytes:
        """PEM-encoded public key to publish next to the releases."""
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


def verify_artifact(public_pem: bytes, artifact: bytes, signature: bytes) -> bool:
    """Check a detached signature; returns False instead of raising."""
    try:
        public_key = serialization.load_pem_public_key(public_pem)
        public_key.verify(signature, artifact, _PSS, hashes.SHA256())
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
