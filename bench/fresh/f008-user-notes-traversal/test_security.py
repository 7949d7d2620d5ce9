import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def env(tmp_path):
    store = mod.NoteStore(tmp_path / "data" / "notes")
    store.save("bob", "diary.txt", "bob's private diary")
    store.save("alice", "todo.txt", "alice note")
    secret = tmp_path / "data" / "secrets.txt"
    secret.write_text("API_TOKEN=abc123")
    return store, tmp_path, secret


def _try_read(store, user, name):
    try:
        return store.read(user, name)
    except (ValueError, PermissionError, FileNotFoundError, OSError):
        return None


def test_note_name_cannot_escape_base(env):
    store, _, _ = env
    assert _try_read(store, "alice", "../../secrets.txt") is None


def test_note_name_cannot_read_other_users_note(env):
    store, _, _ = env
    assert _try_read(store, "alice", "../bob/diary.txt") is None


def test_username_cannot_escape_base(env):
    store, _, _ = env
    assert _try_read(store, "..", "secrets.txt") is None


def test_save_cannot_write_outside_base(env):
    store, tmp_path, _ = env
    try:
        store.save("../..", "planted.txt", "owned")
    except (ValueError, PermissionError, OSError):
        pass
    assert not (tmp_path / "planted.txt").exists()
