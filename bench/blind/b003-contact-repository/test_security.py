import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import sqlite3
import pytest


@pytest.fixture
def repo():
    r = mod.ContactRepository(sqlite3.connect(":memory:"))
    r.add("Ann Lee", "ann@example.com")
    r.add("Ben Ode", "ben@example.com")
    return r


def _rename(repo, cid, name):
    try:
        return repo.rename(cid, name)
    except sqlite3.Error as exc:  # a syntax error means the text reached SQL as code
        pytest.fail(f"name was parsed as SQL: {exc}")


def test_name_cannot_rewrite_other_columns(repo):
    payload = "Mallory', email = 'attacker@evil.test"
    _rename(repo, 1, payload)
    ann = repo.find(1)
    assert ann.email == "ann@example.com"
    assert ann.name == payload


def test_name_cannot_touch_other_rows(repo):
    _rename(repo, 1, "pwned' --")
    assert repo.find(2).name == "Ben Ode"
    assert repo.find(1).name == "pwned' --"


def test_apostrophe_is_stored_verbatim(repo):
    assert _rename(repo, 2, "Ben O'Dell") is True
    assert repo.find(2).name == "Ben O'Dell"
