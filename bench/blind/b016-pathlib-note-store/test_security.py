import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import pytest


@pytest.fixture
def env(tmp_path):
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "passwords.txt").write_text("root:hunter2")
    return mod.NotebookStorage(tmp_path / "data" / "notes"), tmp_path


def _try(fn, *args):
    try:
        return fn(*args)
    except ValueError:
        return None


def test_save_cannot_escape(env):
    store, tmp = env
    _try(store.save, "../../evil.md", "owned")
    assert not (tmp / "evil.md").exists()


def test_save_absolute_path(env):
    store, tmp = env
    _try(store.save, str(tmp / "abs.md"), "owned")
    assert not (tmp / "abs.md").exists()


def test_load_cannot_escape(env):
    store, tmp = env
    assert _try(store.load, "../../private/passwords.txt") is None
    assert _try(store.load, "sub/../../../private/passwords.txt") is None


def test_remove_cannot_escape(env):
    store, tmp = env
    _try(store.remove, "../../private/passwords.txt")
    assert (tmp / "private" / "passwords.txt").exists()


def test_listing_cannot_escape(env):
    store, tmp = env
    listed = _try(store.listing, "../../private") or []
    assert not any("passwords" in p for p in listed)
