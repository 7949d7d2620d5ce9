import importlib
import os

from fastapi.testclient import TestClient

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

SECRET = "TOPSECRET-api-key-998877"


def test_user_and_filename_cannot_escape_root(tmp_path, monkeypatch):
    root = tmp_path / "srv" / "userdata"
    (root / "alice").mkdir(parents=True)
    (root / "alice" / "notes.txt").write_text("buy milk")
    (tmp_path / "srv" / "secret.txt").write_text(SECRET)
    monkeypatch.setattr(mod, "ROOT", str(root))
    client = TestClient(mod.app, raise_server_exceptions=False)
    for user, filename in (
        ("..", "secret.txt"),
        ("alice", "../../secret.txt"),
        ("alice/../..", "secret.txt"),
        ("../../srv", "secret.txt"),
    ):
        resp = client.get("/files", params={"user": user, "filename": filename})
        assert SECRET not in resp.text, (user, filename)
