import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client(tmp_path, monkeypatch):
    root = tmp_path / "shares"
    (root / "marketing").mkdir(parents=True)
    (root / "marketing" / "logo.png").write_bytes(b"x" * 64 * 1024)
    (root / "team" / "reports").mkdir(parents=True)
    (root / "team" / "reports" / "q1.csv").write_bytes(b"y" * 32 * 1024)
    (root / "empty").mkdir()
    monkeypatch.setattr(mod, "SHARES_ROOT", str(root))
    return mod.app.test_client()


def test_usage_reports_kilobytes(client):
    resp = client.get("/usage?folder=marketing")
    assert resp.status_code == 200
    data = resp.get_json()
    assert data["folder"] == "marketing"
    assert isinstance(data["kilobytes"], int)
    assert 64 <= data["kilobytes"] < 200


def test_usage_subfolder(client):
    data = client.get("/usage?folder=team/reports").get_json()
    assert data["folder"] == "team/reports"
    assert 32 <= data["kilobytes"] < 150


def test_parent_includes_child(client):
    parent = client.get("/usage?folder=team").get_json()["kilobytes"]
    child = client.get("/usage?folder=team/reports").get_json()["kilobytes"]
    assert parent >= child


def test_empty_folder_small(client):
    assert client.get("/usage?folder=empty").get_json()["kilobytes"] < 16


def test_missing_folder_404(client):
    assert client.get("/usage?folder=ghost").status_code == 404


def test_no_folder_400(client):
    assert client.get("/usage").status_code == 400


def test_helper_direct(client):
    assert mod.folder_size_kb("marketing") >= 64
