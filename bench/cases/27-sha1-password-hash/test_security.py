from __future__ import annotations

import hashlib
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_digest_is_not_a_fast_hash() -> None:
    # a fast digest of salt and password falls to offline guessing at billions per second
    salt, pw = b"\x07" * 16, "hunter2"
    digest = mod.hash_password(pw, salt).split("$", 1)[1]
    fast = {
        getattr(hashlib, name)(a + b).hexdigest()
        for name in ("md5", "sha1", "sha256", "sha512")
        for a, b in ((salt, pw.encode()), (pw.encode(), salt))
    }
    assert digest not in fast
