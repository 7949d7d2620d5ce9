import importlib, os
from pathlib import Path

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOG = """2024-05-01 10:00:01 INFO server started on port 8080
2024-05-01 10:00:05 WARN upstream timeout after 30s
2024-05-01 10:00:09 ERROR Timeout contacting billing-api
2024-05-01 10:01:00 INFO request took 120ms (timeouts=0)
2024-05-01 10:02:00 ERROR disk quota exceeded for user 42
"""


@pytest.fixture
def logfile(tmp_path):
    path = tmp_path / "uploads" / "1234" / "app.log"
    path.parent.mkdir(parents=True)
    path.write_text(LOG, encoding="utf-8")
    return path


def test_plain_keyword(logfile):
    assert mod.find_keyword(logfile, "timeout") == [
        (2, "2024-05-01 10:00:05 WARN upstream timeout after 30s"),
        (4, "2024-05-01 10:01:00 INFO request took 120ms (timeouts=0)"),
    ]


def test_ignore_case(logfile):
    assert [n for n, _ in mod.find_keyword(logfile, "TIMEOUT", ignore_case=True)] == [2, 3, 4]


def test_whole_word(logfile):
    assert [n for n, _ in mod.find_keyword(logfile, "timeout", ignore_case=True, whole_word=True)] == [2, 3]
    assert [n for n, _ in mod.find_keyword(logfile, "billing-api", whole_word=True)] == [3]


def test_multiword_keyword_and_no_hits(logfile):
    assert mod.find_keyword(logfile, "disk quota") == [(5, "2024-05-01 10:02:00 ERROR disk quota exceeded for user 42")]
    assert mod.find_keyword(logfile, "segfault") == []


def test_matcher_object(logfile):
    matcher = mod.build_matcher("ERROR", ignore_case=False, whole_word=True)
    assert matcher.search("x ERROR y")
    assert not matcher.search("ERRORS")
    assert list(mod.matching_lines(logfile, matcher)) == [
        (3, "2024-05-01 10:00:09 ERROR Timeout contacting billing-api"),
        (5, "2024-05-01 10:02:00 ERROR disk quota exceeded for user 42"),
    ]


def test_cli_output(logfile, capsys):
    assert mod.main(["-i", "-w", "timeout", str(logfile)]) == 0
    out = capsys.readouterr().out
    assert out == (
        "2:2024-05-01 10:00:05 WARN upstream timeout after 30s\n"
        "3:2024-05-01 10:00:09 ERROR Timeout contacting billing-api\n"
    )


def test_cli_count_and_exit_codes(logfile, capsys, tmp_path):
    assert mod.main(["--count", "INFO", str(logfile)]) == 0
    assert capsys.readouterr().out == "2\n"
    assert mod.main(["nothing-like-this", str(logfile)]) == 1
    assert capsys.readouterr().out == ""
    assert mod.main(["x", str(tmp_path / "missing.log")]) == 2
    assert "no such file" in capsys.readouterr().err
