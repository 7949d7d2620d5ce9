import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture(scope="module")
def keypair():
    return mod.generate_signing_key(b"release-pass")


def test_pem_formats(keypair):
    private_pem, public_pem = keypair
    assert private_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert public_pem.startswith(b"-----BEGIN PUBLIC KEY-----")


def test_sign_and_verify(keypair, tmp_path):
    private_pem, public_pem = keypair
    artifact = tmp_path / "app-1.0.tar.gz"
    artifact.write_bytes(b"release bytes")
    sig = mod.sign_artifact(artifact, private_pem, b"release-pass")
    assert mod.verify_artifact(artifact, sig, public_pem)
    artifact.write_bytes(b"tampered bytes")
    assert not mod.verify_artifact(artifact, sig, public_pem)


def test_wrong_passphrase(keypair, tmp_path):
    artifact = tmp_path / "a"
    artifact.write_bytes(b"x")
    with pytest.raises((ValueError, TypeError)):
        mod.sign_artifact(artifact, keypair[0], b"nope")
