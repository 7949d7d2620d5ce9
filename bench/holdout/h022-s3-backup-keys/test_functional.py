import importlib
import io
import os
import tarfile

import pytest
import requests

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeResponse:
    status_code = 200

    def raise_for_status(self):
        pass


@pytest.fixture()
def captured(monkeypatch):
    calls = []

    def fake_request(self, method, url, **kwargs):
        calls.append((method, url, kwargs))
        return FakeResponse()

    monkeypatch.setattr(requests.Session, "request", fake_request)
    return calls


def test_put_object_signs_request(captured):
    client = mod.make_client("https://minio.test/", "AKIATESTKEY", "testsecret")
    assert client.put_object("bkt", "a/b.txt", b"hello", "text/plain") == 200
    method, url, kwargs = captured[0]
    assert method.upper() == "PUT" and url == "https://minio.test/bkt/a/b.txt"
    assert kwargs["headers"]["Authorization"].startswith("AWS AKIATESTKEY:")
    assert kwargs["data"] == b"hello"


def test_backup_directory_uploads_tarball(tmp_path, captured):
    src = tmp_path / "uploads"
    src.mkdir()
    (src / "a.txt").write_text("alpha")
    client = mod.make_client("https://minio.test", "AKIATESTKEY", "testsecret")
    key = mod.backup_directory(str(src), "nightly", client=client)
    assert key.startswith("backups/uploads-") and key.endswith(".tar.gz")
    body = captured[0][2]["data"]
    with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as tar:
        assert tar.extractfile("uploads/a.txt").read() == b"alpha"
