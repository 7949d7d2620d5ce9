"""Field encryption and signed links."""
from __future__ import annotations

import hashlib
import hmac
import os

import jwt
from Crypto.Cipher import AES, ChaCha20_Poly1305, PKCS1_OAEP, PKCS1_v1_5
from Crypto.PublicKey import RSA
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

FIELD_KEY = os.environ["FIELD_KEY"].encode()
GCM_NONCE = b"\x00" * 12


def encrypt_ssn(ssn: str) -> bytes:
    # ruleid: hardcoded-crypto-key
    f = Fernet(b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=")
    return f.encrypt(ssn.encode())


def sign_link(path: str) -> str:
    # ruleid: hardcoded-crypto-key
    mac = hmac.new(b"link-signing-key-2024", path.encode(), hashlib.sha256).hexdigest()
    return f"{path}?sig={mac}"


def session_token(user_id: int) -> str:
    # ruleid: hardcoded-crypto-key
    return jwt.encode({"sub": str(user_id)}, "s3cr3t-jwt-k3y", algorithm="HS256")


def encrypt_blob(data: bytes) -> bytes:
    # ruleid: hardcoded-crypto-key
    cipher = AES.new("0123456789abcdef".encode(), AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def encrypt_ssn_safe(ssn: str) -> bytes:
    # ok: hardcoded-crypto-key
    f = Fernet(os.environ["FERNET_KEY"])
    return f.encrypt(ssn.encode())


def sign_link_safe(path: str) -> str:
    # ok: hardcoded-crypto-key
    mac = hmac.new(FIELD_KEY, path.encode(), hashlib.sha256).hexdigest()
    return f"{path}?sig={mac}"


def unsigned_digest(data: bytes) -> str:
    # ok: hardcoded-crypto-key
    return hmac.new(b"", data, hashlib.sha256).hexdigest()


def seal(key: bytes, data: bytes) -> bytes:
    aead = AESGCM(key)
    # ruleid: aead-constant-nonce
    return aead.encrypt(b"\x00" * 12, data, None)


def seal_record(key: bytes, data: bytes, record_id: bytes) -> bytes:
    nonce = b"fixednonce12"
    # ruleid: aead-constant-nonce
    return ChaCha20Poly1305(key).encrypt(nonce, data, record_id)


def seal_pycryptodome(key: bytes, data: bytes) -> bytes:
    # ruleid: aead-constant-nonce
    cipher = ChaCha20_Poly1305.new(key=key, nonce=bytes(12))
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return ciphertext + tag


def seal_safe(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: aead-constant-nonce
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def seal_pycryptodome_safe(key: bytes, data: bytes) -> bytes:
    # ok: aead-constant-nonce
    cipher = ChaCha20_Poly1305.new(key=key, nonce=os.urandom(12))
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + ciphertext + tag


def wrap_key(public_key: object, secret: bytes) -> bytes:
    # ruleid: rsa-pkcs1v15-encryption
    return public_key.encrypt(secret, padding.PKCS1v15())  # type: ignore[attr-defined]


def wrap_key_pycryptodome(pem: bytes, secret: bytes) -> bytes:
    # ruleid: rsa-pkcs1v15-encryption
    cipher = PKCS1_v1_5.new(RSA.import_key(pem))
    return cipher.encrypt(secret)


def wrap_key_safe(public_key: object, secret: bytes) -> bytes:
    # ok: rsa-pkcs1v15-encryption
    return public_key.encrypt(  # type: ignore[attr-defined]
        secret,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )


def sign_release(private_key: object, data: bytes) -> bytes:
    # ok: rsa-pkcs1v15-encryption
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[attr-defined]


def wrap_key_pycryptodome_safe(pem: bytes, secret: bytes) -> bytes:
    # ok: rsa-pkcs1v15-encryption
    return PKCS1_OAEP.new(RSA.import_key(pem)).encrypt(secret)
