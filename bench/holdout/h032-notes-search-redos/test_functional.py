import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

NOTES = [
    mod.Note(1, "Groceries", "oat milk, coffee beans, more coffee"),
    mod.Note(2, "Standup", "Discussed the coffee machine budget and the Q3 roadmap."),
    mod.Note(3, "Books", "Finish reading Piranesi"),
]


def test_ranked_by_match_count():
    hits = mod.search_notes(NOTES, "coffee")
    assert [h.note_id for h in hits] == [1, 2]
    assert hits[0].matches == 2


def test_case_insensitive_with_snippet():
    hit = mod.search_notes(NOTES, "PIRANESI")[0]
    assert hit.note_id == 3
    assert "[Piranesi]" in hit.snippet


def test_multi_word_phrase_and_limit():
    assert [h.note_id for h in mod.search_notes(NOTES, "the Q3 roadmap")] == [2]
    assert len(mod.search_notes(NOTES, "e", limit=2)) == 2


def test_empty_query_rejected():
    with pytest.raises(ValueError):
        mod.search_notes(NOTES, "   ")
