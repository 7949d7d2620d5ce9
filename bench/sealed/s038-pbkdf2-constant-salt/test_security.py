import hashlib
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_same_password_gives_different_hashes():
    assert mod.hash_password("Summer2024!") != mod.hash_password("Summer2024!")


def test_precomputed_table_does_not_match_members():
    """An attacker who knows the app-wide salt precomputes hashes for common passwords."""
    store = mod.MemberStore()
    a = store.sign_up("a@example.com", "password123")
    b = store.sign_up("b@example.com", "password123")
    assert a.password_hash != b.password_hash
    salt = getattr(mod, "PASSWORD_SALT", b"")
    if salt:
        table = hashlib.pbkdf2_hmac("sha256", b"password123", salt, mod.PBKDF2_ITERATIONS).hex()
        assert table not in a.password_hash
