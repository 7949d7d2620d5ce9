import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_client(tmp_path, monkeypatch):
    root = tmp_path / "userdata"
    (root / "alice" / "projects").mkdir(parents=True)
    (root / "alice" / "notes.txt").write_text("buy milk")
    (root / "alice" / "projects" / "plan.txt").write_text("ship v2")
    monkeypatch.setattr(mod, "ROOT", str(root))
    return TestClient(mod.app)


def test_reads_users_file(tmp_path, monkeypatch):
    resp = make_client(tmp_path, monkeypatch).get("/files", params={"user": "alice", "filename": "notes.txt"})
    assert resp.status_code == 200
    assert resp.text == "buy milk"


def test_reads_nested_file(tmp_path, monkeypatch):
    resp = make_client(tmp_path, monkeypatch).get(
        "/files", params={"user": "alice", "filename": "projects/plan.txt"}
    )
    assert resp.status_code == 200
    assert resp.text == "ship v2"


def test_missing_file_is_404(tmp_path, monkeypatch):
    resp = make_client(tmp_path, monkeypatch).get("/files", params={"user": "alice", "filename": "nope.txt"})
    assert resp.status_code == 404
