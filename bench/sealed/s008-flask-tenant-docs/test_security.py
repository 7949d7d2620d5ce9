import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path):
    root = tmp_path / "tenants"
    (root / "acme" / "documents").mkdir(parents=True)
    (root / "acme" / "documents" / "a.txt").write_text("a")
    (root / "globex" / "documents").mkdir(parents=True)
    (root / "globex" / "documents" / "payroll.txt").write_text("GLOBEX-PAYROLL")
    (tmp_path / "master.key").write_text("MASTER-KEY-SECRET")
    mod.app.config["TENANT_ROOT"] = str(root)
    return mod.app.test_client()


def test_file_name_traversal(client):
    resp = client.get("/documents", query_string={"tenant": "acme", "file": "../../../master.key"})
    assert b"MASTER-KEY-SECRET" not in resp.data


def test_tenant_traversal_reaches_other_tenant(client):
    resp = client.get("/documents", query_string={"tenant": "acme/../globex", "file": "payroll.txt"})
    assert b"GLOBEX-PAYROLL" not in resp.data


def test_absolute_file_name(client, tmp_path):
    resp = client.get("/documents", query_string={"tenant": "acme", "file": str(tmp_path / "master.key")})
    assert b"MASTER-KEY-SECRET" not in resp.data
