"""Hashing, encryption and token helpers."""
from __future__ import annotations

import hashlib
import random
import secrets
import string
from hashlib import md5, sha1

from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def content_id(blob: bytes) -> str:
    # ruleid: md5-hash
    return hashlib.md5(blob).hexdigest()


def legacy_digest(text: str) -> str:
    # ruleid: md5-hash
    h = hashlib.new("md5", text.encode("utf-8"))
    return h.hexdigest()


def etag(body: bytes) -> str:
    # ok: md5-hash
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def content_id_safe(blob: bytes) -> str:
    # ok: md5-hash
    return hashlib.sha256(blob).hexdigest()


def hash_password(password: str, salt: str) -> str:
    # ruleid: sha1-hash, password-fast-hash
    return hashlib.sha1((salt + password).encode()).hexdigest()


class Signer:
    def digest(self, payload: bytes) -> bytes:
        # ruleid: sha1-hash
        hasher = hashlib.sha1()
        hasher.update(payload)
        # ruleid: sha1-hash
        return hashlib.new("sha1", payload).digest() + hasher.digest()


def git_blob_id(data: bytes) -> str:
    # ok: sha1-hash
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def template_cache_key(name: str) -> str:
    # ok: sha1-hash
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def _digest_method(string: bytes = b"") -> object:
    # ok: sha1-hash
    return hashlib.sha1(string)


def sign_link(secret: str, path: str, expires: int) -> str:
    material = f"{secret}{path}{expires}".encode("utf-8")
    # ruleid: sha1-hash
    return hashlib.sha1(material).hexdigest()


def reset_link(user_id: int, issued: int) -> str:
    # ruleid: sha1-hash
    reset_token = hashlib.sha1(f"{user_id}:{issued}".encode()).hexdigest()
    return f"/reset/{reset_token}"


def digest_response(algorithm: str, ha1: str, nonce: str, ha2: str) -> str:
    # HTTP Digest (RFC 7616): the server names the algorithm
    if algorithm == "MD5":
        # ok: md5-hash
        return hashlib.md5(f"{ha1}:{nonce}:{ha2}".encode()).hexdigest()
    if algorithm == "SHA":
        # ok: sha1-hash
        return hashlib.sha1(f"{ha1}:{nonce}:{ha2}".encode()).hexdigest()
    return hashlib.sha256(f"{ha1}:{nonce}:{ha2}".encode()).hexdigest()


def etag_of(data: bytes) -> str:
    # ok: weak-hash-imported
    return sha1(data).hexdigest()


def blob_key(data: bytes) -> str:
    # ruleid: weak-hash-imported
    return md5(data).hexdigest()


def api_token_digest(api_token: str) -> str:
    # ruleid: weak-hash-imported
    return sha1(api_token.encode()).hexdigest()


def legacy_checksum(data: bytes) -> str:
    # ok: weak-hash-imported
    return md5(data, usedforsecurity=False).hexdigest()


def hash_password_safe(password: str, salt: bytes) -> bytes:
    # ok: sha1-hash
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def encrypt_token(key: bytes, token: bytes) -> bytes:
    # ruleid: weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(token.ljust(32, b"\0"))


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    return DES.new(key, DES.MODE_CBC, iv=b"\0" * 8).encrypt(data)


def encryptor(key: bytes):
    # ruleid: weak-cipher
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()


def encrypt_token_safe(key: bytes, token: bytes) -> tuple[bytes, bytes, bytes]:
    # ok: weak-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(token)
    return cipher.nonce, ciphertext, tag


def encryptor_safe(key: bytes, iv: bytes):
    # ok: weak-cipher
    return Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()


def generate_reset_token(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    # ruleid: insecure-random-token
    return "".join(random.choice(alphabet) for _ in range(length))


def send_login_code(user_id: int) -> int:
    # ruleid: insecure-random-token
    otp_code = random.randint(100000, 999999)
    return otp_code


class SessionStore:
    def create(self, user_id: int) -> str:
        # ruleid: insecure-random-token
        self.session_id = "%032x" % random.getrandbits(128)
        return self.session_id


def generate_reset_token_safe() -> str:
    # ok: insecure-random-token
    return secrets.token_urlsafe(32)


def pick_colour(options: list[str]) -> str:
    # ok: insecure-random-token
    return random.choice(options)


def sample_fixture(rows: dict[str, int]) -> tuple[str, str]:
    # ok: insecure-random-token
    key = random.choice(list(rows))
    # ok: insecure-random-token
    country_code = random.choice(["DE", "FR", "NL"])
    return key, country_code


def shuffle_deck(deck: list[int]) -> list[int]:
    # ok: insecure-random-token
    jitter = random.random()
    random.shuffle(deck)
    return deck if jitter >= 0 else []


def store_password(user: object, salt: bytes) -> str:
    # ruleid: password-fast-hash
    return hashlib.sha256(salt + user.password.encode("utf-8")).hexdigest()


def pin_digest(new_pwd: str) -> str:
    hasher = hashlib.blake2b(digest_size=32)
    # ruleid: password-fast-hash
    hasher.update(new_pwd.encode())
    return hasher.hexdigest()


def reset_mail_id(address: str) -> str:
    # ok: password-fast-hash
    return hashlib.sha256(b"password-reset:" + address.encode()).hexdigest()


def store_password_safe(password: str, salt: bytes) -> bytes:
    # ok: password-fast-hash
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def power_digest(power: bytes) -> str:
    # ok: password-fast-hash
    return hashlib.sha256(power).hexdigest()


SIGNING_BITS = 1024
STRONG_BITS = 3072


def release_key() -> object:
    # ruleid: weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=SIGNING_BITS)


def legacy_key() -> object:
    # ruleid: weak-key-size
    return rsa.generate_private_key(65537, 512)


def current_key() -> object:
    # ok: weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=STRONG_BITS)


def license_key() -> object:
    # ruleid: weak-key-size
    return ec.generate_private_key(ec.SECP192R1())


def session_key() -> object:
    # ok: weak-key-size
    return ec.generate_private_key(ec.SECP256R1())


COLUMN_IV = b"\x1f\x8b\x3a\x52\x00\x91\xcc\x07\x44\x6e\x2d\xb0\x19\x7a\xe5\x63"
VAULT_SALT = b"vault-salt-v1"


def column_cipher(key: bytes) -> Cipher:
    # ruleid: fixed-iv-or-salt
    return Cipher(algorithms.AES(key), modes.CBC(COLUMN_IV))


def unlock_key(passphrase: str) -> bytes:
    # ruleid: fixed-iv-or-salt
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), VAULT_SALT, 600_000)


def zero_nonce(key: bytes) -> Cipher:
    # ruleid: fixed-iv-or-salt
    return Cipher(algorithms.AES(key), modes.CTR(bytes(16)))


def fresh_cipher(key: bytes) -> tuple[bytes, Cipher]:
    iv = secrets.token_bytes(16)
    # ok: fixed-iv-or-salt
    return iv, Cipher(algorithms.AES(key), modes.CBC(iv))


def salted_key(passphrase: str, salt: bytes) -> bytes:
    # ok: fixed-iv-or-salt
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 600_000)


def _column_cipher(key: bytes, iv: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.CBC(iv))


def seal_column(key: bytes, value: bytes) -> bytes:
    # ruleid: fixed-iv-or-salt
    enc = _column_cipher(key, COLUMN_IV).encryptor()
    return enc.update(value) + enc.finalize()


def seal_column_fresh(key: bytes, value: bytes) -> bytes:
    iv = secrets.token_bytes(16)
    # ok: fixed-iv-or-salt
    enc = _column_cipher(key, iv).encryptor()
    return iv + enc.update(value) + enc.finalize()


class RowSealer:
    """Encrypts one column with a key held by the object."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _cipher(self, nonce: bytes) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CTR(nonce))

    def seal(self, value: bytes) -> bytes:
        # ruleid: fixed-iv-or-salt
        enc = self._cipher(COLUMN_IV).encryptor()
        return enc.update(value) + enc.finalize()

    def seal_fresh(self, value: bytes) -> bytes:
        nonce = secrets.token_bytes(16)
        # ok: fixed-iv-or-salt
        enc = self._cipher(nonce).encryptor()
        return nonce + enc.update(value) + enc.finalize()


ZERO_NONCE = bytes(12)
PAD_IV = b"\x00" * 16


def pad_cipher(key: bytes) -> Cipher:
    # ruleid: fixed-iv-or-salt
    return Cipher(algorithms.AES(key), modes.CBC(PAD_IV))


def zero_nonce_cipher(key: bytes) -> Cipher:
    # ruleid: fixed-iv-or-salt
    return Cipher(algorithms.AES(key), modes.CTR(ZERO_NONCE + bytes(4)))
