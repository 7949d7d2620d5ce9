import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client(tmp_path, monkeypatch):
    root = tmp_path / "userfiles"
    (root / "alice" / "2024" / "q1").mkdir(parents=True)
    (root / "alice" / "cv.txt").write_text("Alice CV")
    (root / "alice" / "2024" / "q1" / "report.csv").write_text("a,b\n1,2\n")
    (root / "bob").mkdir()
    (root / "bob" / "notes.md").write_text("# Bob")
    monkeypatch.setattr(mod, "STORAGE_ROOT", str(root))
    return mod.app.test_client()


def test_download_top_level(client):
    resp = client.get("/download?user=alice&file=cv.txt")
    assert resp.status_code == 200
    assert resp.data == b"Alice CV"
    assert "attachment" in resp.headers["Content-Disposition"]
    assert "cv.txt" in resp.headers["Content-Disposition"]
    resp.close()


def test_download_subfolder(client):
    resp = client.get("/download", query_string={"user": "alice", "file": "2024/q1/report.csv"})
    assert resp.status_code == 200
    assert resp.data == b"a,b\n1,2\n"
    assert "report.csv" in resp.headers["Content-Disposition"]
    resp.close()


def test_other_user(client):
    resp = client.get("/download?user=bob&file=notes.md")
    assert resp.data == b"# Bob"
    resp.close()


def test_missing_file_404(client):
    assert client.get("/download?user=bob&file=cv.txt").status_code == 404
    assert client.get("/download?user=carol&file=x.txt").status_code == 404
    assert client.get("/download?user=alice&file=2024").status_code == 404


def test_missing_params_400(client):
    assert client.get("/download?user=alice").status_code == 400
    assert client.get("/download?file=cv.txt").status_code == 400


def test_locate(client):
    assert mod.locate("alice", "cv.txt") == os.path.join(mod.STORAGE_ROOT, "alice", "cv.txt")
