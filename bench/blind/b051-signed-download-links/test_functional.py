import importlib, os
import time
from urllib.parse import parse_qs, urlsplit

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client():
    mod.app.config["LINK_SECRET"] = "s3cr3t-for-tests"
    mod.app.config["STORAGE"] = {
        "reports/2024/q1.pdf": b"%PDF-q1",
        "avatar.png": b"\x89PNG",
        "docs/read me.txt": b"hello",
    }
    return mod.app.test_client()


@pytest.mark.parametrize("path,body", [("reports/2024/q1.pdf", b"%PDF-q1"), ("avatar.png", b"\x89PNG"),
                                       ("docs/read me.txt", b"hello")])
def test_valid_link_downloads(client, path, body):
    url = mod.make_download_url(path, ttl_seconds=600)
    assert url.startswith("/download/")
    resp = client.get(url)
    assert resp.status_code == 200
    assert resp.data == body


def test_sign_and_verify_helpers():
    sig = mod.sign_path("k", "a/b.txt", 2000000000)
    assert isinstance(sig, str)
    int(sig, 16)
    assert sig == mod.sign_path("k", "a/b.txt", 2000000000)
    assert mod.verify_link("k", "a/b.txt", 2000000000, sig) is True
    assert mod.verify_link("k", "a/c.txt", 2000000000, sig) is False
    assert mod.verify_link("k", "a/b.txt", 2000000001, sig) is False
    assert mod.verify_link("other", "a/b.txt", 2000000000, sig) is False
    assert mod.verify_link("k", "a/b.txt", 2000000000, "") is False


def test_tampered_path_forbidden(client):
    url = mod.make_download_url("avatar.png")
    resp = client.get(url.replace("avatar.png", "reports/2024/q1.pdf"))
    assert resp.status_code == 403


def test_expired_link(client):
    url = mod.make_download_url("avatar.png", ttl_seconds=60, now=time.time() - 3600)
    assert client.get(url).status_code == 410


def test_missing_file(client):
    assert client.get(mod.make_download_url("nope.bin")).status_code == 404


def test_bad_expires(client):
    assert client.get("/download/avatar.png?expires=soon&sig=00").status_code == 400


def test_url_query_fields(client):
    url = mod.make_download_url("avatar.png", ttl_seconds=100, now=1000)
    q = parse_qs(urlsplit(url).query)
    assert q["expires"] == ["1100"]
    assert q["sig"] == [mod.sign_path("s3cr3t-for-tests", "avatar.png", 1100)]
