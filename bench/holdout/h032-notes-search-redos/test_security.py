import importlib
import os
import subprocess
import sys

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = """
import importlib, os, sys
sys.path.insert(0, os.getcwd())
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
notes = [mod.Note(1, "log", "a" * 34 + "!")]
try:
    mod.search_notes(notes, {query!r})
except Exception:
    pass
"""


def _runs_quickly(query: str, seconds: float = 1.5) -> bool:
    try:
        subprocess.run([sys.executable, "-c", PROBE.format(query=query)], cwd=HERE,
                       env={**os.environ}, timeout=seconds, check=False)
        return True
    except subprocess.TimeoutExpired:
        return False


def test_catastrophic_backtracking_query_does_not_hang():
    assert _runs_quickly("(a+)+$"), "search query caused catastrophic regex backtracking"


def test_regex_syntax_in_query_is_literal():
    notes = [mod.Note(1, "math", "compute (a+b)*c first"), mod.Note(2, "x", "aabaabc")]
    try:
        hits = mod.search_notes(notes, "(a+b)*c")
    except Exception:
        hits = []
    assert [h.note_id for h in hits] == [1]
