import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "AVATAR_DIR", tmp_path / "avatars")
    mod._avatars.clear()
    return TestClient(mod.app)


def test_upload_then_fetch(client, tmp_path):
    png = b"\x89PNG\r\n\x1a\nfakeimage"
    resp = client.post("/users/7/avatar", files={"file": ("me.png", png, "image/png")})
    assert resp.status_code == 201
    assert resp.json() == {"user_id": 7, "url": "/users/7/avatar", "size": len(png)}
    got = client.get("/users/7/avatar")
    assert got.status_code == 200 and got.content == png
    stored = list((tmp_path / "avatars").iterdir())
    assert len(stored) == 1


def test_rejects_non_images(client):
    resp = client.post("/users/7/avatar", files={"file": ("x.txt", b"hi", "text/plain")})
    assert resp.status_code == 415


def test_missing_avatar_404(client):
    assert client.get("/users/99/avatar").status_code == 404
