import importlib
import io
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def stored_files(folder):
    return {p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_upload_is_saved(tmp_path):
    folder = tmp_path / "uploads"
    client = mod.create_app(str(folder)).test_client()
    resp = client.post("/upload", data={"file": (io.BytesIO(PNG), "screenshot.png")},
                       content_type="multipart/form-data")
    assert 200 <= resp.status_code < 300
    assert PNG in stored_files(folder)


def test_text_attachment(tmp_path):
    folder = tmp_path / "uploads"
    client = mod.create_app(str(folder)).test_client()
    resp = client.post("/upload", data={"file": (io.BytesIO(b"line 1\n"), "error_report.txt")},
                       content_type="multipart/form-data")
    assert 200 <= resp.status_code < 300
    assert b"line 1\n" in stored_files(folder)


def test_missing_file(tmp_path):
    client = mod.create_app(str(tmp_path / "uploads")).test_client()
    assert client.post("/upload", data={}, content_type="multipart/form-data").status_code == 400
