import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path, monkeypatch):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "ok.txt").write_text("fine")
    (tmp_path / "secrets.env").write_text("DB_PASSWORD=TOPSECRET")
    monkeypatch.setattr(mod, "UPLOAD_DIR", uploads)
    return TestClient(mod.app)


def test_dot_dot_escape_blocked(client):
    resp = client.get("/files/..%2Fsecrets.env")
    assert "TOPSECRET" not in resp.text
    assert resp.status_code != 200


def test_absolute_path_blocked(client, tmp_path):
    resp = client.get("/files/%2F" + str(tmp_path / "secrets.env").lstrip("/"))
    assert "TOPSECRET" not in resp.text
    assert resp.status_code != 200
