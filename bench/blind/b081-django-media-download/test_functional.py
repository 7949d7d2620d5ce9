import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
from django.test import Client  # noqa: E402


@pytest.fixture
def client(tmp_path, monkeypatch):
    media = tmp_path / "media"
    (media / "avatars").mkdir(parents=True)
    (media / "docs" / "2024").mkdir(parents=True)
    (media / "avatars" / "42.png").write_bytes(b"\x89PNG-avatar-42")
    (media / "docs" / "2024" / "rules.txt").write_text("Be kind.\n")
    (media / "banner.bin").write_bytes(bytes(range(256)))
    monkeypatch.setattr(mod, "MEDIA_DIR", str(media))
    return Client()


def body(resp):
    data = b"".join(resp.streaming_content)
    resp.close()
    return data


def test_serves_subfolder_file(client):
    r = client.get("/media", {"name": "avatars/42.png"})
    assert r.status_code == 200
    assert r["Content-Type"] == "image/png"
    assert body(r) == b"\x89PNG-avatar-42"


def test_nested_text_and_binary(client):
    r = client.get("/media", {"name": "docs/2024/rules.txt"})
    assert r.status_code == 200 and r["Content-Type"].startswith("text/plain")
    assert body(r) == b"Be kind.\n"
    r = client.get("/media", {"name": "banner.bin"})
    assert r["Content-Type"] == "application/octet-stream"
    assert body(r) == bytes(range(256))


def test_dot_segments_inside_media_ok(client):
    r = client.get("/media", {"name": "docs/../avatars/42.png"})
    assert r.status_code == 200 and body(r) == b"\x89PNG-avatar-42"


def test_missing_and_bad(client):
    assert client.get("/media", {"name": "avatars/nope.png"}).status_code == 404
    assert client.get("/media", {"name": "avatars"}).status_code == 404
    assert client.get("/media").status_code == 400
