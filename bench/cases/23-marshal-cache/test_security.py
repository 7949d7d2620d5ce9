from __future__ import annotations

import importlib
import marshal
import os
import types
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_planted_cache_entry_cannot_smuggle_code(tmp_path: Path) -> None:
    code = compile("open('pwned', 'w')", "<cache>", "exec")
    mod.cache_path(tmp_path, "report").write_bytes(marshal.dumps({"total": 1, "hook": code}))
    try:
        value = mod.cache_get(tmp_path, "report")
    except ValueError:
        value = None
    assert value is None or not any(isinstance(v, types.CodeType) for v in value.values())
