import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path):
    uploads = tmp_path / "uploads"
    (uploads / "reports").mkdir(parents=True)
    (uploads / "invoice.pdf").write_bytes(b"%PDF-1.4 invoice")
    (uploads / "reports" / "q1.csv").write_text("quarter,total\nq1,10\n")
    return mod.create_app(str(uploads)).test_client()


def test_download_file(client):
    resp = client.get("/download", query_string={"name": "invoice.pdf"})
    assert resp.status_code == 200
    assert resp.data == b"%PDF-1.4 invoice"
    assert "attachment" in resp.headers["Content-Disposition"]
    assert "invoice.pdf" in resp.headers["Content-Disposition"]


def test_download_from_subfolder(client):
    resp = client.get("/download", query_string={"name": "reports/q1.csv"})
    assert resp.status_code == 200
    assert b"q1,10" in resp.data


def test_missing_file_404(client):
    assert client.get("/download", query_string={"name": "nope.txt"}).status_code == 404


def test_missing_name_400(client):
    assert client.get("/download").status_code == 400


def test_list_files(client):
    assert client.get("/files").get_json() == {"files": ["invoice.pdf", "reports"]}
