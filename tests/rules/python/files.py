"""Exports and credential files."""
from __future__ import annotations

import csv
import json
import os
import secrets
import stat
import tempfile
import uuid
import zipfile
from pathlib import Path
from typing import Any

from Crypto.PublicKey import RSA
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def export_csv(rows: list[dict[str, str]]) -> str:
    # ruleid: tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv", prefix="export-")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


class Scratch:
    def new_path(self) -> Path:
        # ruleid: tempfile-mktemp
        return Path(tempfile.mktemp(dir="/tmp"))


def export_csv_safe(rows: list[dict[str, str]]) -> str:
    # ok: tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([r.values() for r in rows])
        return fh.name


def scratch_dir() -> str:
    # ok: tempfile-mktemp
    return tempfile.mkdtemp(prefix="job-")


def save_token(token: str, path: Path) -> None:
    path.write_text(token, encoding="utf-8")
    # ruleid: chmod-permissive
    os.chmod(path, 0o777)


def share_log(path: str) -> None:
    # ruleid: chmod-permissive
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IWGRP | stat.S_IROTH | stat.S_IWOTH)


def publish(path: Path) -> None:
    # ruleid: chmod-permissive
    path.chmod(0o666)


def save_token_safe(token: str, path: Path) -> None:
    path.write_text(token, encoding="utf-8")
    # ok: chmod-permissive
    os.chmod(path, 0o600)


def team_folder(path: str) -> None:
    # ok: chmod-permissive
    os.chmod(path, 0o770)


def make_executable(path: Path) -> None:
    # ok: chmod-permissive
    path.chmod(0o755)


def readable(path: str) -> None:
    # ok: chmod-permissive
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)


SHARED_MODE = 0o777
PRIVATE_MODE = 0o700


def open_up(path: str) -> None:
    # ruleid: chmod-permissive
    os.chmod(path, SHARED_MODE)


def lock_down(path: str) -> None:
    # ok: chmod-permissive
    os.chmod(path, PRIVATE_MODE)


def write_private_key(path: Path, key_size: int = 4096) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    with open(path, "wb") as fh:
        # ruleid: secret-file-default-mode
        fh.write(pem)
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def ensure_secret_key(instance: Path) -> str:
    key_file = instance / ".secret_key"
    if not key_file.exists():
        # ruleid: secret-file-default-mode
        key_file.write_text(secrets.token_hex(32), encoding="utf-8")
    return key_file.read_text(encoding="utf-8")


def init_vault(key_path: str) -> Fernet:
    key = Fernet.generate_key()
    fh = open(key_path, "wb")
    # ruleid: secret-file-default-mode
    fh.write(key)
    fh.close()
    return Fernet(key)


def export_keypair(folder: Path) -> None:
    pair = RSA.generate(3072)
    # ruleid: secret-file-default-mode
    (folder / "id_rsa").write_bytes(pair.export_key())
    # ok: secret-file-default-mode
    (folder / "id_rsa.pub").write_bytes(pair.publickey().export_key())


def write_private_key_safe(path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        # ok: secret-file-default-mode
        fh.write(pem)


def ensure_secret_key_safe(instance: Path) -> str:
    key_file = instance / ".secret_key"
    if not key_file.exists():
        # ok: secret-file-default-mode
        key_file.write_text(secrets.token_hex(32), encoding="utf-8")
        key_file.chmod(0o600)
    return key_file.read_text(encoding="utf-8")


def write_encrypted_key(path: Path, passphrase: bytes) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    # ok: secret-file-default-mode
    path.write_bytes(pem)


def init_vault_safe(key_path: str) -> Fernet:
    key = Fernet.generate_key()
    with open(key_path, "wb") as fh:
        os.fchmod(fh.fileno(), 0o600)
        # ok: secret-file-default-mode
        fh.write(key)
    return Fernet(key)


def write_request_id(path: Path) -> str:
    request_id = uuid.uuid4().hex
    # ok: secret-file-default-mode
    path.write_text(request_id, encoding="utf-8")
    return request_id


def test_tls_server(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    key_path = tmp_path / "key.pem"
    # ok: secret-file-default-mode
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    assert key_path.stat().st_size > 0


def save_login(path: Path, api_token: str, refresh_secret: str) -> None:
    payload = {"api_token": api_token, "refresh_secret": refresh_secret}
    with open(path, "w", encoding="utf-8") as fh:
        # ruleid: secret-file-default-mode
        json.dump(payload, fh)


def save_login_private(path: Path, api_token: str) -> None:
    payload = {"api_token": api_token}
    with open(path, "w", encoding="utf-8") as fh:
        # ok: secret-file-default-mode
        json.dump(payload, fh)
    os.chmod(path, 0o600)


def save_profile(path: Path, display_name: str, theme: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        # ok: secret-file-default-mode
        json.dump({"name": display_name, "theme": theme}, fh)


def daemonize(workdir: str) -> None:
    if os.fork():
        os._exit(0)
    os.setsid()
    os.chdir(workdir)
    # ruleid: umask-permissive
    os.umask(0)


def start_worker() -> None:
    # ruleid: umask-permissive
    os.umask(0o000)


def current_umask() -> int:
    # ok: umask-permissive
    mask = os.umask(0)
    os.umask(mask)
    return mask


def private_service() -> None:
    # ok: umask-permissive
    os.umask(0o077)


def read_report(path: str) -> str:
    if os.access(path, os.R_OK):
        # ruleid: access-check-then-open
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    return ""


def write_upload(path: str, data: bytes) -> None:
    if os.path.islink(path):
        raise PermissionError(path)
    # ruleid: access-check-then-open
    with open(path, "wb") as fh:
        fh.write(data)


def read_report_safe(path: str) -> str:
    try:
        # ok: access-check-then-open
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except PermissionError:
        return ""


def write_upload_safe(path: str, data: bytes) -> None:
    if os.path.islink(path):
        raise PermissionError(path)
    # ok: access-check-then-open
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def import_theme(upload: Any, dest: str) -> None:
    with zipfile.ZipFile(upload) as zf:
        # ruleid: zip-extract-unbounded
        zf.extractall(dest)


def import_dataset(path: str, dest: str) -> list[str]:
    archive = zipfile.ZipFile(path)
    # ruleid: zip-extract-unbounded
    archive.extractall(path=dest)
    return os.listdir(dest)


MAX_TOTAL = 100 * 1024 * 1024


def import_theme_safe(upload: Any, dest: str) -> None:
    with zipfile.ZipFile(upload) as zf:
        total = sum(info.file_size for info in zf.infolist())
        if total > MAX_TOTAL or len(zf.infolist()) > 1000:
            raise ValueError("archive too large")
        # ok: zip-extract-unbounded
        zf.extractall(dest)


def import_dataset_safe(path: str, dest: str) -> None:
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.file_size > MAX_TOTAL:
                raise ValueError(info.filename)
        # ok: zip-extract-unbounded
        zf.extractall(dest)
