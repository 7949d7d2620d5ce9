import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

LOG = """2024-05-01 INFO boot
2024-05-01 WARN disk 80%
2024-05-01 ERROR db timeout
2024-05-01 ERROR db timeout again
Traceback (most recent call last):
2024-05-02 INFO done
2024-05-02 WARN slow request /api/v1/items
"""


@pytest.fixture
def log(tmp_path):
    p = tmp_path / "logs" / "svc" / "app.log"
    p.parent.mkdir(parents=True)
    p.write_text(LOG)
    return str(p)


def test_counts(log):
    assert mod.count_matching_lines(log, "ERROR") == 2
    assert mod.count_matching_lines(log, "WARN") == 2
    assert mod.count_matching_lines(log, "INFO") == 2
    assert mod.count_matching_lines(log, "nope") == 0
    assert isinstance(mod.count_matching_lines(log, "nope"), int)


def test_patterns_and_spaces(log):
    assert mod.count_matching_lines(log, "db timeout") == 2
    assert mod.count_matching_lines(log, "^2024-05-02") == 2
    assert mod.count_matching_lines(log, "/api/v1") == 1
    assert mod.count_matching_lines(log, "80%") == 1


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        mod.count_matching_lines(str(tmp_path / "none.log"), "ERROR")


def test_report(log):
    counts = mod.build_report(log)
    assert counts == {"ERROR": 2, "WARN": 2, "Traceback": 1}
    assert mod.format_report(log, counts) == "== app.log ==\nERROR      2\nWARN       2\nTraceback  1"


def test_cli(log, tmp_path, capsys):
    assert mod.main([log, "-t", "INFO", "-t", "db"]) == 0
    assert capsys.readouterr().out == "== app.log ==\nINFO  2\ndb    2\n"
    assert mod.main([log, str(tmp_path / "gone.log")]) == 1
    assert "missing:" in capsys.readouterr().err
