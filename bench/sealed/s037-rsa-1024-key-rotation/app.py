"""Rotate the RSA key pair used to sign outbound documents."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 1024
PUBLIC_EXPONENT = 65537


@dataclass
class KeyPaths:
    private: Path
    public: Path


def generate_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)


def rotate_signing_key(key_dir: Path) -> KeyPaths:
    """Archive the current key pair (if any) and write a fresh one."""
    key_dir.mkdir(parents=True, exist_ok=True)
    paths = KeyPaths(key_dir / "signing.pem", key_dir / "signing.pub.pem")
    if paths.private.exists():
        stamp = time.strftime("%Y%m%d%H%M%S")
        paths.private.rename(key_dir / f"signing.{stamp}.pem.old")
        paths.public.rename(key_dir / f"signing.{stamp}.pub.pem.old")
    key = generate_signing_key()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(paths.private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    paths.public.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return paths


def sign_document(private_pem: bytes, document: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=None)
    return key.sign(document, padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.MAX_LENGTH), hashes.SHA256())
