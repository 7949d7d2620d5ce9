import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def env(tmp_path, monkeypatch):
    up = tmp_path / "srv" / "uploads"
    up.mkdir(parents=True)
    monkeypatch.setattr(mod, "UPLOAD_DIR", str(up))
    return TestClient(mod.api, raise_server_exceptions=False), tmp_path


def _outside_files(root, up):
    return sorted(
        os.path.relpath(os.path.join(d, f), root)
        for d, _, files in os.walk(root) for f in files
        if not os.path.join(d, f).startswith(str(up) + os.sep)
    )


def test_dotdot_filename_stays_in_uploads(env):
    client, root = env
    client.post("/attachments", params={"filename": "../../evil.sh"}, content=b"#!/bin/sh\nid\n")
    assert not (root / "evil.sh").exists()
    assert _outside_files(root, root / "srv" / "uploads") == []


def test_absolute_filename_stays_in_uploads(env):
    client, root = env
    target = root / "absolute.txt"
    client.post("/attachments", params={"filename": str(target)}, content=b"owned")
    assert not target.exists()


def test_cannot_overwrite_existing_file(env):
    client, root = env
    config = root / "srv" / "settings.ini"
    config.write_text("debug = false\n")
    client.post("/attachments", params={"filename": "../settings.ini"}, content=b"debug = true\n")
    assert config.read_text() == "debug = false\n"
