import hashlib
import hmac
import importlib
import os

import httpx
import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def recorded(monkeypatch):
    monkeypatch.setenv("STORAGE_ACCESS_KEY", "AKIATESTTESTTEST0000")
    monkeypatch.setenv("STORAGE_SECRET_KEY", "test-secret")
    requests = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.method == "PUT":
            return httpx.Response(200, headers={"ETag": '"abc"'})
        return httpx.Response(200, content=b"backup-bytes")

    return requests, httpx.Client(transport=httpx.MockTransport(handler))


def test_put_object_signs_request(recorded):
    requests, http = recorded
    client = mod.ObjectStoreClient("https://store.test/", "AK1", "s3cr3t", http=http)
    assert client.put_object("backups", "db.sql.gz", b"data") == '"abc"'
    req = requests[0]
    assert str(req.url) == "https://store.test/backups/db.sql.gz"
    assert req.content == b"data"
    assert req.headers["X-Content-SHA256"] == hashlib.sha256(b"data").hexdigest()
    to_sign = "\n".join(["PUT", "/backups/db.sql.gz", req.headers["X-Date"], req.headers["X-Content-SHA256"]])
    expected = hmac.new(b"s3cr3t", to_sign.encode(), hashlib.sha256).hexdigest()
    assert req.headers["Authorization"] == f"HMAC AK1:{expected}"


def test_get_object(recorded):
    _, http = recorded
    client = mod.ObjectStoreClient("https://store.test", "AK1", "s3cr3t", http=http)
    assert client.get_object("backups", "x") == b"backup-bytes"


def test_default_client_targets_backup_store(recorded):
    requests, http = recorded
    client = mod.default_client(http=http)
    client.put_object("nightly", "a.tar", b"x")
    assert requests[0].url.host == "objects.internal.example.com"
    assert requests[0].headers["Authorization"].startswith("HMAC ")
