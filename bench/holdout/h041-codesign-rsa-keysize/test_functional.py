import importlib
import os
import stat

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(scope="module")
def keypair(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    key = d / "release.key.pem"
    pub = mod.generate_signing_key(key, b"correct horse")
    return key, pub


def test_key_files_written(keypair):
    key, pub = keypair
    assert b"ENCRYPTED PRIVATE KEY" in key.read_bytes()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert pub.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")


def test_sign_and_verify(keypair, tmp_path):
    key, pub = keypair
    artifact = tmp_path / "app-1.4.2.tar.gz"
    artifact.write_bytes(b"release bits" * 100)
    sig = mod.sign_artifact(artifact, key, b"correct horse")
    assert (tmp_path / "app-1.4.2.tar.gz.sig").read_bytes() == sig
    assert mod.verify_artifact(artifact, sig, pub)
    artifact.write_bytes(b"tampered")
    assert not mod.verify_artifact(artifact, sig, pub)


def test_wrong_passphrase(keypair, tmp_path):
    key, _ = keypair
    artifact = tmp_path / "a.bin"
    artifact.write_bytes(b"x")
    with pytest.raises(ValueError):
        mod.sign_artifact(artifact, key, b"wrong")
