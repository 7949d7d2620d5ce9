import importlib
import io
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32


@pytest.fixture
def client(tmp_path):
    mod.app.config["UPLOAD_FOLDER"] = str(tmp_path / "avatars")
    return mod.app.test_client()


@pytest.mark.parametrize("filename,data", [("me.png", PNG), ("Holiday Photo.JPG", JPEG)])
def test_image_upload_saved(client, tmp_path, filename, data):
    resp = client.post("/avatars", data={"file": (io.BytesIO(data), filename)}, content_type="multipart/form-data")
    assert resp.status_code == 201
    body = resp.get_json()
    saved = list((tmp_path / "avatars").iterdir())
    assert len(saved) == 1
    assert saved[0].read_bytes() == data
    assert saved[0].suffix.lower() == os.path.splitext(filename)[1].lower()
    assert body["url"].startswith("/static/avatars/") and body["url"].endswith(saved[0].name)


def test_missing_file(client):
    assert client.post("/avatars", data={}, content_type="multipart/form-data").status_code == 400
