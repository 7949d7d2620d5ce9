import importlib
import os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOG = """2024-05-01 INFO api started
2024-05-01 ERROR api db timeout
2024-05-01 WARN worker slow job
2024-05-01 error api cache miss
2024-05-01 ERROR worker crashed
"""


@pytest.fixture
def log(tmp_path):
    p = tmp_path / "service.log"
    p.write_text(LOG)
    return p


def test_case_insensitive_matches_with_line_numbers(log):
    hits = mod.grep_log(log, "error")
    assert [h.line_no for h in hits] == [2, 4, 5]
    assert hits[0].text == "2024-05-01 ERROR api db timeout"


def test_limit(log):
    assert len(mod.grep_log(log, "2024", limit=2)) == 2


def test_no_match_is_empty(log):
    assert mod.grep_log(log, "kubernetes") == []


def test_count_errors(log):
    assert mod.count_errors(log, "api") == 2
    assert mod.count_errors(log, "worker") == 1


def test_bad_limit(log):
    with pytest.raises(ValueError):
        mod.grep_log(log, "x", limit=0)
