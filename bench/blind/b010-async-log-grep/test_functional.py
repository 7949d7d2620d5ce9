import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import asyncio
import pytest

LOG = """2024-05-01 10:00:01 INFO started worker 1
2024-05-01 10:00:02 ERROR db timeout after 30s
2024-05-01 10:00:03 WARN slow request user=bob
2024-05-01 10:00:04 error cache miss storm
2024-05-01 10:00:05 INFO user=alice logged in
2024-05-01 10:00:06 ERROR db timeout after 30s
"""


@pytest.fixture
def log(tmp_path):
    p = tmp_path / "logs" / "app.log"
    p.parent.mkdir()
    p.write_text(LOG)
    return str(p)


def test_case_insensitive_match(log):
    hits = asyncio.run(mod.grep_log("error", log))
    assert hits == [
        "2024-05-01 10:00:02 ERROR db timeout after 30s",
        "2024-05-01 10:00:04 error cache miss storm",
        "2024-05-01 10:00:06 ERROR db timeout after 30s",
    ]


def test_phrase_with_spaces_and_equals(log):
    assert asyncio.run(mod.grep_log("user=bob", log)) == ["2024-05-01 10:00:03 WARN slow request user=bob"]
    assert len(asyncio.run(mod.grep_log("db timeout after", log))) == 2


def test_limit(log):
    assert len(asyncio.run(mod.grep_log("2024", log, limit=4))) == 4


def test_dot_is_literal(log):
    assert asyncio.run(mod.grep_log("10.00", log)) == []


def test_no_match_and_missing_file(log, tmp_path):
    assert asyncio.run(mod.grep_log("kernel panic", log)) == []
    assert asyncio.run(mod.grep_log("error", str(tmp_path / "missing.log"))) == []


def test_grep_many(log):
    res = asyncio.run(mod.grep_many(["alice", "WARN"], log))
    assert res == {
        "alice": ["2024-05-01 10:00:05 INFO user=alice logged in"],
        "WARN": ["2024-05-01 10:00:03 WARN slow request user=bob"],
    }


def test_keyword_path(log):
    assert asyncio.run(mod.grep_log("started", log_path=log)) == ["2024-05-01 10:00:01 INFO started worker 1"]
