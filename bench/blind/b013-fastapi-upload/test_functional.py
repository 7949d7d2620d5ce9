import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def env(tmp_path, monkeypatch):
    up = tmp_path / "uploads"
    monkeypatch.setattr(mod, "UPLOAD_DIR", str(up))
    return TestClient(mod.api), up


def test_upload_saves_bytes(env):
    client, up = env
    resp = client.post("/attachments", params={"filename": "invoice.pdf"}, content=b"%PDF-1.4 data")
    assert resp.status_code == 201
    assert resp.json() == {"filename": "invoice.pdf", "size": 13}
    assert (up / "invoice.pdf").read_bytes() == b"%PDF-1.4 data"


def test_upload_names_with_spaces_and_dots(env):
    client, up = env
    resp = client.post("/attachments", params={"filename": "my report.v2.txt"}, content=b"hello")
    assert resp.status_code == 201
    assert (up / "my report.v2.txt").read_bytes() == b"hello"


def test_upload_overwrites_same_name(env):
    client, up = env
    client.post("/attachments", params={"filename": "a.txt"}, content=b"one")
    client.post("/attachments", params={"filename": "a.txt"}, content=b"two")
    assert (up / "a.txt").read_bytes() == b"two"
    assert sorted(os.listdir(up)) == ["a.txt"]


def test_empty_body_allowed(env):
    client, up = env
    assert client.post("/attachments", params={"filename": "empty.bin"}, content=b"").json()["size"] == 0


def test_blank_filename_rejected(env):
    client, _ = env
    assert client.post("/attachments", params={"filename": "  "}, content=b"x").status_code == 400
    assert client.post("/attachments", content=b"x").status_code == 422


def test_too_large(env, monkeypatch):
    client, _ = env
    monkeypatch.setattr(mod, "MAX_UPLOAD_BYTES", 4)
    assert client.post("/attachments", params={"filename": "big"}, content=b"12345").status_code == 413
