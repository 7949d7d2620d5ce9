import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "AVATAR_DIR", tmp_path / "data" / "avatars")
    mod._avatars.clear()
    return TestClient(mod.app, raise_server_exceptions=False)


def test_filename_cannot_traverse_out_of_avatar_dir(client, tmp_path):
    client.post("/users/1/avatar",
                files={"file": ("../../pwned.png", b"\x89PNG", "image/png")})
    assert not (tmp_path / "pwned.png").exists()
    assert not (tmp_path / "data" / "pwned.png").exists()


def test_absolute_filename_is_not_used(client, tmp_path):
    target = tmp_path / "authorized_keys.png"
    client.post("/users/1/avatar", files={"file": (str(target), b"ssh-rsa AAAA", "image/png")})
    assert not target.exists()


def test_user_cannot_overwrite_another_users_avatar(client, tmp_path):
    client.post("/users/1/avatar", files={"file": ("me.png", b"alice", "image/png")})
    client.post("/users/2/avatar", files={"file": ("me.png", b"mallory", "image/png")})
    assert client.get("/users/1/avatar").content == b"alice"
