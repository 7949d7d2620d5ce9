import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    for tenant, names in {"acme": ["INV-001.pdf", "INV-002.pdf"], "globex": ["INV-900.pdf"]}.items():
        d = tmp_path / tenant
        d.mkdir()
        for n in names:
            (d / n).write_bytes(b"%PDF-1.7 " + f"{tenant}/{n}".encode())
    (tmp_path / "acme" / "2023").mkdir()
    (tmp_path / "acme" / "2023" / "INV-000.pdf").write_bytes(b"%PDF-1.7 archived")
    mod.app.config["INVOICE_ROOT"] = str(tmp_path)
    return mod.app.test_client()


def test_list_invoices(client):
    assert client.get("/tenants/acme/invoices").get_json()["invoices"] == ["INV-001.pdf", "INV-002.pdf"]
    assert client.get("/tenants/initech/invoices").status_code == 404


def test_download_invoice(client):
    resp = client.get("/tenants/acme/invoices/download?file=INV-002.pdf")
    assert resp.status_code == 200
    assert resp.data == b"%PDF-1.7 acme/INV-002.pdf"
    assert resp.mimetype == "application/pdf"
    assert "INV-002.pdf" in resp.headers["Content-Disposition"]


def test_download_from_year_subfolder(client):
    resp = client.get("/tenants/acme/invoices/download?file=2023/INV-000.pdf")
    assert resp.data == b"%PDF-1.7 archived"


def test_missing_and_empty(client):
    assert client.get("/tenants/acme/invoices/download?file=INV-404.pdf").status_code == 404
    assert client.get("/tenants/acme/invoices/download").status_code == 400
