import hashlib
import importlib, os
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PW = "letmein-2024"


def test_each_digest_has_its_own_salt():
    a, b = mod.digest_password(PW), mod.digest_password(PW)
    assert a != b, "identical passwords produce identical digests (shared fixed salt)"
    assert mod.check_password(PW, a)


def test_not_md5_of_known_salt():
    stored = mod.digest_password(PW)
    assert len(stored) > 32
    for algo in ("md5", "sha1", "sha256"):
        assert hashlib.new(algo, PW.encode()).hexdigest() not in stored
        salt = getattr(mod, "PASSWORD_SALT", None)
        if isinstance(salt, str):
            for material in (salt + PW, PW + salt):
                assert hashlib.new(algo, material.encode()).hexdigest() not in stored


def test_digest_is_slow():
    start = time.perf_counter()
    mod.digest_password(PW)
    assert time.perf_counter() - start >= 0.005, "password digest has no work factor"
