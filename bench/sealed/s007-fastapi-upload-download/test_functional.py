import importlib
import os

import pytest
from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path, monkeypatch):
    uploads = tmp_path / "uploads"
    (uploads / "2024").mkdir(parents=True)
    (uploads / "readme.txt").write_text("hello attachments")
    (uploads / "2024" / "invoice.csv").write_text("id,total\n1,9.99\n")
    monkeypatch.setattr(mod, "UPLOAD_DIR", uploads)
    return TestClient(mod.app)


def test_download_top_level(client):
    resp = client.get("/files/readme.txt")
    assert resp.status_code == 200
    assert resp.text == "hello attachments"
    assert resp.headers["content-type"].startswith("text/plain")


def test_download_nested(client):
    resp = client.get("/files/2024/invoice.csv")
    assert resp.status_code == 200
    assert "9.99" in resp.text


def test_missing_is_404(client):
    assert client.get("/files/nope.txt").status_code == 404


def test_listing(client):
    assert client.get("/files").json() == {"files": ["2024/invoice.csv", "readme.txt"]}
