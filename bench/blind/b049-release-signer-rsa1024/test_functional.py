import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SIGNER = mod.ReleaseSigner.generate()


def test_sign_and_verify():
    artifact = b"wheel-bytes-" * 100
    sig = SIGNER.sign(artifact)
    assert isinstance(sig, bytes) and len(sig) > 0
    assert mod.verify_artifact(SIGNER.public_pem(), artifact, sig) is True


def test_tampered_artifact_rejected():
    sig = SIGNER.sign(b"release-1.0.tar.gz")
    assert mod.verify_artifact(SIGNER.public_pem(), b"release-1.0.tar.gz!", sig) is False


def test_bad_signature_rejected():
    assert mod.verify_artifact(SIGNER.public_pem(), b"x", b"\x00" * 16) is False


def test_garbage_pem_rejected():
    assert mod.verify_artifact(b"not a pem", b"x", b"sig") is False


def test_public_pem_format():
    pem = SIGNER.public_pem()
    assert pem.startswith(b"-----BEGIN PUBLIC KEY-----")


def test_other_key_does_not_verify():
    other = mod.ReleaseSigner.generate()
    sig = SIGNER.sign(b"artifact")
    assert mod.verify_artifact(other.public_pem(), b"artifact", sig) is False
