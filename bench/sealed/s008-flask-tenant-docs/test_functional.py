import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def client(tmp_path):
    root = tmp_path / "tenants"
    docs = root / "acme" / "documents"
    docs.mkdir(parents=True)
    (docs / "contract.txt").write_text("ACME contract v2")
    (docs / "q1.csv").write_text("q,amount\n1,10\n")
    (root / "globex" / "documents").mkdir(parents=True)
    mod.app.config["TENANT_ROOT"] = str(root)
    return mod.app.test_client()


def test_download(client):
    resp = client.get("/documents", query_string={"tenant": "acme", "file": "contract.txt"})
    assert resp.status_code == 200
    assert resp.data == b"ACME contract v2"
    assert "attachment" in resp.headers["Content-Disposition"]
    assert "contract.txt" in resp.headers["Content-Disposition"]


def test_missing_params_and_file(client):
    assert client.get("/documents", query_string={"tenant": "acme"}).status_code == 400
    assert client.get("/documents", query_string={"tenant": "acme", "file": "nope.txt"}).status_code == 404
    assert client.get("/documents", query_string={"tenant": "globex", "file": "contract.txt"}).status_code == 404


def test_listing(client):
    resp = client.get("/documents/list", query_string={"tenant": "acme"})
    assert resp.get_json() == {"tenant": "acme", "files": ["contract.txt", "q1.csv"]}
    assert client.get("/documents/list", query_string={"tenant": "initech"}).status_code == 404
