import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def client(tmp_path):
    root = tmp_path / "invoices"
    for tenant in ("acme", "globex"):
        (root / tenant).mkdir(parents=True)
    (root / "globex" / "INV-900.pdf").write_bytes(b"GLOBEX-CONFIDENTIAL")
    (tmp_path / "settings.ini").write_text("db_password=hunter2")
    mod.app.config["INVOICE_ROOT"] = str(root)
    return mod.app.test_client()


def _body(resp):
    return resp.data if resp.status_code == 200 else b""


def test_cannot_read_another_tenants_invoice(client):
    resp = client.get("/tenants/acme/invoices/download", query_string={"file": "../globex/INV-900.pdf"})
    assert b"GLOBEX-CONFIDENTIAL" not in _body(resp)


def test_cannot_escape_invoice_root(client):
    resp = client.get("/tenants/acme/invoices/download", query_string={"file": "../../settings.ini"})
    assert b"hunter2" not in _body(resp)


def test_absolute_file_parameter_rejected(client, tmp_path):
    resp = client.get("/tenants/acme/invoices/download",
                      query_string={"file": str(tmp_path / "settings.ini")})
    assert b"hunter2" not in _body(resp)


def test_tenant_segment_cannot_traverse(client):
    resp = client.get("/tenants/%2E%2E/invoices/download", query_string={"file": "settings.ini"})
    assert b"hunter2" not in _body(resp)
