import importlib, os, io, hashlib

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(mod, "UPLOAD_DIR", tmp_path / "att")
    mod.app.config["TESTING"] = True
    return mod.app.test_client()


def test_raw_upload_roundtrip(client, tmp_path):
    data = b"log line\n" * 1000
    r = client.post("/attachments", data=data, content_type="application/octet-stream")
    assert r.status_code == 201
    body = r.get_json()
    assert body["size"] == len(data)
    assert body["sha256"] == hashlib.sha256(data).hexdigest()
    assert len(body["id"]) == 32
    assert (tmp_path / "att" / body["id"]).read_bytes() == data
    d = client.get(f"/attachments/{body['id']}")
    assert d.status_code == 200 and d.data == data


def test_form_upload(client):
    data = os.urandom(300 * 1024)
    r = client.post("/attachments/form", data={"file": (io.BytesIO(data), "shot.png")},
                    content_type="multipart/form-data")
    assert r.status_code == 201
    body = r.get_json()
    assert body["size"] == len(data)
    assert client.get(f"/attachments/{body['id']}").data == data


def test_bad_requests(client):
    assert client.post("/attachments", data=b"").status_code == 400
    assert client.post("/attachments/form", data={}, content_type="multipart/form-data").status_code == 400
    assert client.post("/attachments/form", data={"file": (io.BytesIO(b""), "e.txt")},
                       content_type="multipart/form-data").status_code == 400
    assert client.get("/attachments/zzz").status_code == 404
    assert client.get("/attachments/" + "a" * 32).status_code == 404


def test_two_mb_upload_ok(client):
    data = b"x" * (2 * 1024 * 1024)
    r = client.post("/attachments", data=data)
    assert r.status_code == 201 and r.get_json()["size"] == len(data)
