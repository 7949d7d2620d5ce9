import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def client(tmp_path, monkeypatch):
    root = tmp_path / "userfiles"
    (root / "alice").mkdir(parents=True)
    (root / "alice" / "cv.txt").write_text("Alice CV")
    (root / "bob").mkdir()
    (root / "bob" / "private.txt").write_text("BOB-PRIVATE")
    (tmp_path / "server_secret.txt").write_text("TOP-SECRET")
    monkeypatch.setattr(mod, "STORAGE_ROOT", str(root))
    return mod.app.test_client()


def _get(client, user, file):
    resp = client.get("/download", query_string={"user": user, "file": file})
    body = resp.data
    resp.close()
    return resp.status_code, body


def test_filename_dotdot_escapes_root(client):
    status, body = _get(client, "alice", "../../server_secret.txt")
    assert b"TOP-SECRET" not in body
    assert status in (400, 403, 404)


def test_filename_absolute_path(client, tmp_path):
    status, body = _get(client, "alice", str(tmp_path / "server_secret.txt"))
    assert b"TOP-SECRET" not in body


def test_user_dotdot_escapes_root(client):
    status, body = _get(client, "..", "server_secret.txt")
    assert b"TOP-SECRET" not in body
    assert status in (400, 403, 404)


def test_filename_reaches_other_users_folder(client):
    status, body = _get(client, "alice", "../bob/private.txt")
    assert b"BOB-PRIVATE" not in body
