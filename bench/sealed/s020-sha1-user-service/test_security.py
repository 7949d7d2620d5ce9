import base64
import hashlib
import importlib
import os
import re

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PASSWORD = "s3cure-passphrase"


def _fast_digests(password, salts):
    out = set()
    for salt in salts | {""}:
        for combo in (salt + password, password + salt):
            for algo in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
                d = hashlib.new(algo, combo.encode()).digest()
                out |= {d.hex(), base64.b64encode(d).decode().rstrip("="), base64.urlsafe_b64encode(d).decode().rstrip("=")}
    return out


def test_stored_record_is_not_a_fast_hash():
    svc = mod.UserService()
    svc.register("ana", PASSWORD)
    record = svc.users["ana"]
    parts = set(re.split(r"[$:.]", record))
    fast = _fast_digests(PASSWORD, parts)
    assert not any(p in fast for p in parts), f"stored record is a single fast digest: {record}"


def test_record_is_not_bare_sha1_shape():
    svc = mod.UserService()
    svc.register("ben", PASSWORD)
    record = svc.users["ben"]
    assert not re.fullmatch(r"[0-9a-f]+\$[0-9a-f]{40}", record)
