import importlib
import os
import stat

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_rotate_writes_usable_pair(tmp_path):
    paths = mod.rotate_signing_key(tmp_path / "keys")
    private_pem = paths.private.read_bytes()
    assert stat.S_IMODE(os.stat(paths.private).st_mode) & 0o077 == 0
    public = serialization.load_pem_public_key(paths.public.read_bytes())
    sig = mod.sign_document(private_pem, b"invoice #42")
    public.verify(sig, b"invoice #42", padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.MAX_LENGTH), hashes.SHA256())


def test_rotation_archives_previous(tmp_path):
    first = mod.rotate_signing_key(tmp_path).private.read_bytes()
    second_paths = mod.rotate_signing_key(tmp_path)
    assert second_paths.private.read_bytes() != first
    archived = [p for p in tmp_path.iterdir() if p.name.endswith(".old")]
    assert len(archived) == 2
    assert any(p.read_bytes() == first for p in archived)
