import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest


@pytest.fixture
def repo():
    r = mod.ContactRepository(sqlite3.connect(":memory:"))
    r.add("Ann Lee", "ann@example.com")
    r.add("Ben Ode", "ben@example.com")
    r.add("Cy Park", "cy@example.com")
    return r


def test_add_returns_sequential_ids(repo):
    assert repo.add("Dee", "dee@example.com") == 4
    assert repo.find(4) == mod.Contact(4, "Dee", "dee@example.com")


def test_rename_changes_only_target(repo):
    assert repo.rename(2, "Benjamin Ode") is True
    assert repo.find(2) == mod.Contact(2, "Benjamin Ode", "ben@example.com")
    assert [c.name for c in repo.all()] == ["Ann Lee", "Benjamin Ode", "Cy Park"]


def test_rename_accepts_string_id(repo):
    assert repo.rename("3", "Cyrus Park") is True
    assert repo.find(3).name == "Cyrus Park"


def test_rename_missing_returns_false(repo):
    assert repo.rename(42, "Ghost") is False
    assert len(repo.all()) == 3


def test_find_missing(repo):
    assert repo.find(99) is None
