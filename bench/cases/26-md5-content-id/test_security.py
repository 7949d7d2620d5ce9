from __future__ import annotations

import hashlib
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_content_id_is_not_a_broken_hash() -> None:
    # MD5 and SHA-1 collisions can be crafted: two different uploads would share an id.
    data = b"invoice-2024-05.pdf contents"
    assert mod.content_id(data) not in {hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest()}
    assert len(mod.content_id(data)) >= 64
