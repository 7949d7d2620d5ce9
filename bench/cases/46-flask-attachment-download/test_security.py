from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.mark.parametrize("kind", ["dotdot", "absolute"])
def test_cannot_download_outside_the_folder(tmp_path: Path, kind: str) -> None:
    attachments = tmp_path / "attachments"
    attachments.mkdir()
    secret = tmp_path / "app.env"
    secret.write_text("STRIPE_KEY=sk_live_123")
    mod.app.config["ATTACHMENTS_DIR"] = str(attachments)
    name = "../app.env" if kind == "dotdot" else str(secret)
    resp = mod.app.test_client().get("/attachments", query_string={"name": name})
    assert b"sk_live" not in resp.data
