import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def store(tmp_path):
    return mod.NoteStore(tmp_path / "notes")


def test_save_and_read(store, tmp_path):
    path = store.save("alice", "todo.txt", "buy milk")
    assert path == tmp_path / "notes" / "alice" / "todo.txt"
    assert store.read("alice", "todo.txt") == "buy milk"


def test_list_notes(store):
    store.save("alice", "b.txt", "2")
    store.save("alice", "a.txt", "1")
    store.save("bob", "c.txt", "3")
    assert store.list_notes("alice") == ["a.txt", "b.txt"]
    assert store.list_notes("carol") == []


def test_overwrite_and_delete(store):
    store.save("bob", "n.md", "v1")
    store.save("bob", "n.md", "v2")
    assert store.read("bob", "n.md") == "v2"
    assert store.delete("bob", "n.md") is True
    assert store.delete("bob", "n.md") is False


def test_missing_note(store):
    with pytest.raises(FileNotFoundError):
        store.read("alice", "ghost.txt")


def test_names_with_dots_allowed(store):
    store.save("dave.smith", "2024.01.notes.txt", "x")
    assert store.read("dave.smith", "2024.01.notes.txt") == "x"
