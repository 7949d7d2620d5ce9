"""A stored password hash computed in two places of a file (where it is stored, where it is checked): a repair of
one place alone would break every check, so it stays a suggestion and says why; --fix writes nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from gitrepo import stage

from aiharden.cli import main

ACCOUNTS = '''\
import hashlib
import secrets


class Accounts:
    """Users and their salted password digests."""

    def __init__(self) -> None:
        self.users: dict[str, str] = {}

    def register(self, name: str, password: str) -> str:
        salt = secrets.token_hex(8)
        digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
        self.users[name] = f"{salt}${digest}"
        return self.users[name]

    def verify(self, name: str, password: str) -> bool:
        stored = self.users.get(name)
        if stored is None:
            return False
        salt, digest = stored.split("$", 1)
        candidate = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
        return secrets.compare_digest(candidate, digest)
'''


def test_one_of_two_hash_sites_is_not_written_alone(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"accounts.py": ACCOUNTS})
    main(["check", "--scope", "all", "--repo", str(repo), "--fix", "--n-best", "0", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert (repo / "accounts.py").read_text() == ACCOUNTS  # nothing written: the round trip would break
    assert data["fixed_files"] == []
    lines = {f["start_line"] for f in data["findings"] if 916 in f["cwe"]}
    assert len(lines) == 2
    offered = [f for f in data["findings"] if f["repair"]["status"] in ("fixed", "partial")]
    assert offered  # the storing side has a repair: offered as a suggestion, not written
    for f in data["findings"]:
        repair = f["repair"]
        if repair["status"] in ("fixed", "partial"):
            assert repair["verification"] == "static"
            assert "the same password hash is also computed at line" in repair["reason"]


SEALER = '''\
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ROW_IV = b"\\x10" * 16


class RowSealer:
    """Encrypts one column value at a time."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _cipher(self, iv: bytes) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(iv))

    def seal(self, value: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = self._cipher(ROW_IV).encryptor()
        return enc.update(data) + enc.finalize()

    def unseal(self, blob: bytes) -> str:
        dec = self._cipher(ROW_IV).decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()
'''


def test_both_sites_verified_by_the_probe_are_written_together(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage(repo, {"sealer.py": SEALER})
    main(["check", "--scope", "all", "--repo", str(repo), "--fix", "--n-best", "0", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    sites = [f for f in data["findings"] if 329 in f["cwe"]]
    assert len(sites) == 2 and all(f["repair"]["verification"] == "exploit" for f in sites)
    assert data["fixed_files"] == ["sealer.py"]
    namespace: dict = {}
    exec(compile((repo / "sealer.py").read_text(), "sealer.py", "exec"), namespace)  # noqa: S102 - the repaired file
    sealer = namespace["RowSealer"](b"k" * 32)
    assert sealer.unseal(sealer.seal("555-00-1111")) == "555-00-1111"
    assert sealer.seal("same") != sealer.seal("same")
