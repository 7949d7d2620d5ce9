import importlib
import os
import time

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_search_term_is_not_interpreted_as_regex():
    lines = ["GET /index.html 200\n", "GET /indexXhtml 404\n"]
    assert [n for n, _ in mod.search_lines(lines, "index.html")] == [1]


def test_hostile_term_cannot_stall_the_search():
    term = "(a+)+$"
    for n in range(10, 60, 2):
        lines = ["a" * n + "!\n"]
        start = time.perf_counter()
        try:
            list(mod.search_lines(lines, term))
        except Exception:
            pass
        elapsed = time.perf_counter() - start
        assert elapsed < 0.25, f"term {term!r} on a {n}-char line took {elapsed:.2f}s"
