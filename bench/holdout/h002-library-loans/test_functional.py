import importlib
import os
import sqlite3

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture()
def repo():
    r = mod.LoanRepository(sqlite3.connect(":memory:"))
    r.checkout(7, "The Left Hand of Darkness", days=10)
    r.checkout(7, "Darkness at Noon", days=5)
    r.checkout(7, "Middlemarch")
    r.checkout(9, "Heart of Darkness")
    return r


def test_search_matches_substring_case_insensitive(repo):
    titles = [loan.title for loan in repo.search_member_loans(7, "darkness")]
    assert titles == ["Darkness at Noon", "The Left Hand of Darkness"]


def test_search_is_scoped_to_member(repo):
    assert [l.title for l in repo.search_member_loans(9, "dark")] == ["Heart of Darkness"]


def test_returned_loans_hidden_unless_requested(repo):
    loan = repo.search_member_loans(7, "Middle")[0]
    repo.mark_returned(loan.id)
    assert repo.search_member_loans(7, "Middle") == []
    again = repo.search_member_loans(7, "Middle", include_returned=True)
    assert again[0].returned is True
    assert repo.get(loan.id).title == "Middlemarch"
