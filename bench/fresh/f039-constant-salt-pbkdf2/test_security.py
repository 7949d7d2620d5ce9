import hashlib
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_equal_passwords_do_not_share_a_hash():
    """With a shared salt, one cracked hash unlocks every account using that password."""
    store = mod.CredentialStore()
    store.set_password("tech-1", "Spring2024!!")
    store.set_password("tech-2", "Spring2024!!")
    exported = store.export()
    assert exported["tech-1"] != exported["tech-2"]
    assert store.check("tech-1", "Spring2024!!") and store.check("tech-2", "Spring2024!!")


def test_precomputed_table_with_source_salt_does_not_match():
    """An attacker with the source precomputes hashes using every bytes constant in the module."""
    store = mod.CredentialStore()
    store.set_password("tech-3", "password1234")
    leaked = store.export()["tech-3"]
    import base64
    candidates = [v for v in vars(mod).values() if isinstance(v, bytes)]
    for salt in candidates:
        for iterations in (getattr(mod, "ITERATIONS", 200_000),):
            guess = base64.b64encode(hashlib.pbkdf2_hmac("sha256", b"password1234", salt, iterations)).decode()
            assert guess not in leaked, "hash reproducible from a salt embedded in the module"
