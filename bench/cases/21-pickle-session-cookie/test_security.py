from __future__ import annotations

import base64
import importlib
import os
import pickle
from pathlib import Path

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Exploit:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.path, "w"))


def test_crafted_cookie_runs_no_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    cookie = base64.urlsafe_b64encode(pickle.dumps({"x": Exploit(str(marker))})).decode("ascii")
    mod.decode_session(cookie)
    assert not marker.exists()
