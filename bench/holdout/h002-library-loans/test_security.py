import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def repo():
    r = mod.LoanRepository(sqlite3.connect(":memory:"))
    r.checkout(1, "Dune")
    r.checkout(2, "Private Diary of Member Two")
    return r


def _safe_search(repo, member, term):
    try:
        return repo.search_member_loans(member, term)
    except sqlite3.Error:
        return []


def test_search_term_cannot_escape_member_scope(repo):
    leaked = _safe_search(repo, 1, "zzz' OR 1=1 --")
    assert all(loan.member_id == 1 for loan in leaked)


def test_union_payload_does_not_return_other_tables(repo):
    payload = "' UNION SELECT 1, 1, sql, '2030-01-01', 0 FROM sqlite_master --"
    rows = _safe_search(repo, 1, payload)
    assert not any("CREATE TABLE" in loan.title for loan in rows)


def test_title_with_apostrophe_is_searchable(repo):
    repo.checkout(1, "Foucault's Pendulum")
    rows = _safe_search(repo, 1, "Foucault's")
    assert [loan.title for loan in rows] == ["Foucault's Pendulum"]
