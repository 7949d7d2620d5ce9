import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def store(tmp_path):
    return mod.NotebookStorage(tmp_path / "notes")


def test_save_and_load_nested(store, tmp_path):
    path = store.save("work/projects/alpha.md", "# Alpha\n")
    assert path == tmp_path / "notes" / "work" / "projects" / "alpha.md"
    assert path.read_text() == "# Alpha\n"
    assert store.load("work/projects/alpha.md") == "# Alpha\n"


def test_save_top_level_and_overwrite(store):
    store.save("todo.md", "one")
    store.save("todo.md", "two")
    assert store.load("todo.md") == "two"


def test_load_missing(store):
    assert store.load("nope.md") is None
    store.save("dir/a.md", "x")
    assert store.load("dir") is None


def test_remove(store):
    store.save("a/b.md", "x")
    assert store.remove("a/b.md") is True
    assert store.remove("a/b.md") is False
    assert store.load("a/b.md") is None


def test_listing(store):
    for name in ["z.md", "work/a.md", "work/deep/b.md", "home/c.md"]:
        store.save(name, name)
    assert store.listing() == ["home/c.md", "work/a.md", "work/deep/b.md", "z.md"]
    assert store.listing("work") == ["work/a.md", "work/deep/b.md"]
    assert store.listing("work/deep") == ["work/deep/b.md"]
    assert store.listing("missing") == []


def test_dotted_names_allowed(store):
    store.save("v1.2/notes..md", "dots")
    assert store.load("v1.2/notes..md") == "dots"


def test_empty_name_rejected(store):
    with pytest.raises(ValueError):
        store.save("  ", "x")
