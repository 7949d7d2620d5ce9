import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "TOPSECRET-db-password-1234"


def test_name_cannot_escape_docs_directory(tmp_path, monkeypatch):
    docs = tmp_path / "site" / "docs"
    docs.mkdir(parents=True)
    (docs / "index.html").write_text("<h1>Docs home</h1>")
    secret = tmp_path / "site" / "settings.env"
    secret.write_text(SECRET)
    monkeypatch.setattr(mod, "BASE_DIR", str(docs))
    client = mod.app.test_client()
    for payload in ("../settings.env", "../../site/settings.env", str(secret), "api/../../settings.env"):
        resp = client.get("/docs", query_string={"name": payload})
        assert SECRET.encode() not in resp.data, payload
