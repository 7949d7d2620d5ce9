import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def make_docs(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    (docs / "api").mkdir(parents=True)
    (docs / "index.html").write_text("<h1>Docs home</h1>")
    (docs / "guide.md").write_text("# User guide")
    (docs / "api" / "auth.md").write_text("# Auth API")
    monkeypatch.setattr(mod, "BASE_DIR", str(docs))
    return mod.app.test_client()


def test_serves_named_document(tmp_path, monkeypatch):
    client = make_docs(tmp_path, monkeypatch)
    resp = client.get("/docs", query_string={"name": "guide.md"})
    assert resp.status_code == 200
    assert b"# User guide" in resp.data


def test_serves_nested_document(tmp_path, monkeypatch):
    client = make_docs(tmp_path, monkeypatch)
    resp = client.get("/docs", query_string={"name": "api/auth.md"})
    assert resp.status_code == 200
    assert b"# Auth API" in resp.data


def test_default_is_index(tmp_path, monkeypatch):
    client = make_docs(tmp_path, monkeypatch)
    assert b"Docs home" in client.get("/docs").data


def test_missing_document_is_404(tmp_path, monkeypatch):
    client = make_docs(tmp_path, monkeypatch)
    assert client.get("/docs", query_string={"name": "nope.md"}).status_code == 404
