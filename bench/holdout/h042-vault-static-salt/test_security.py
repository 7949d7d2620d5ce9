import base64
import importlib
import json
import os

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PW = "tangerine-lamp-42"


def _precomputed_key(password):
    # What an attacker can build once, offline, for every vault in the company:
    # the salt and iteration count shipped in the application.
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"teamvault::salt::v1",
                     iterations=200_000)
    return base64.urlsafe_b64encode(kdf.derive(password.encode()))


def _tokens(obj):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from _tokens(v)
    elif isinstance(obj, str) and obj.startswith("gAAAAA"):
        yield obj


def test_precomputed_dictionary_key_does_not_open_vault(tmp_path):
    path = tmp_path / "vault.json"
    mod.create_vault(path, PW, {"aws": "AKIA-secret"})
    document = json.loads(path.read_text())
    opened = False
    for token in _tokens(document):
        try:
            Fernet(_precomputed_key(PW)).decrypt(token.encode())
            opened = True
        except InvalidToken:
            pass
    assert not opened, "vault opened with a key precomputed from the constant salt"


def test_each_vault_has_its_own_salt(tmp_path):
    mod.create_vault(tmp_path / "a.json", PW, {"k": "v"})
    mod.create_vault(tmp_path / "b.json", PW, {"k": "v"})

    def without_ciphertext(p):
        doc = json.loads(p.read_text())
        return {k: v for k, v in doc.items() if not (isinstance(v, str) and v.startswith("gAAAAA"))}

    assert without_ciphertext(tmp_path / "a.json") != without_ciphertext(tmp_path / "b.json")
