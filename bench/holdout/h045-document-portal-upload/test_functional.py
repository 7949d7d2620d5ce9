import importlib
import io
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    return mod.create_app(str(tmp_path / "static")).test_client()


def upload(client, name, data=b"%PDF-1.7 contract"):
    return client.post("/documents", data={"document": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def test_upload_pdf_and_download(client):
    resp = upload(client, "Signed Contract 2024.pdf")
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["name"] == "Signed_Contract_2024.pdf"
    got = client.get(body["url"])
    assert got.status_code == 200 and got.data == b"%PDF-1.7 contract"


def test_listing(client):
    upload(client, "b.docx", b"PK..")
    upload(client, "a.png", b"\x89PNG")
    names = [d["name"] for d in client.get("/documents").get_json()["documents"]]
    assert names == ["a.png", "b.docx"]


def test_missing_field_or_name(client):
    assert client.post("/documents", data={}, content_type="multipart/form-data").status_code == 400
    assert upload(client, "../../").status_code == 400
