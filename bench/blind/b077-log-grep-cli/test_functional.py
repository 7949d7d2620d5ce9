import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def root(tmp_path, monkeypatch):
    r = tmp_path / "logs"
    (r / "billing" / "2024" / "05").mkdir(parents=True)
    (r / "billing" / "app.log").write_text("start\nERROR db timeout\nok\nERROR retry failed\n")
    (r / "billing" / "2024" / "05" / "worker.log").write_text("job 1 ok\njob 2 ERROR disk full\n")
    (r / "search").mkdir()
    (r / "search" / "idx.log").write_text("reindex done\n")
    monkeypatch.setattr(mod, "LOG_ROOT", str(r))
    return r


def test_search_finds_in_subfolders(root):
    hits = mod.search_logs("billing", "ERROR")
    assert hits == [
        mod.Hit("2024/05/worker.log", 2, "job 2 ERROR disk full"),
        mod.Hit("app.log", 2, "ERROR db timeout"),
        mod.Hit("app.log", 4, "ERROR retry failed"),
    ]
    assert all(isinstance(h.line, int) for h in hits)


def test_term_with_spaces_and_dots(root):
    assert mod.search_logs("billing", "db timeout") == [mod.Hit("app.log", 2, "ERROR db timeout")]
    assert mod.search_logs("search", "done") == [mod.Hit("idx.log", 1, "reindex done")]
    assert mod.search_logs("search", "d.ne") == []  # fixed-string search


def test_nested_project_path(root):
    assert mod.search_logs("billing/2024", "disk") == [mod.Hit("05/worker.log", 2, "job 2 ERROR disk full")]


def test_no_hits_and_unknown(root):
    assert mod.search_logs("search", "nothing-here") == []
    with pytest.raises(ValueError):
        mod.search_logs("ghost", "x")


def test_cli(root, capsys):
    assert mod.main(["billing", "retry"]) == 0
    assert capsys.readouterr().out == "app.log:4: ERROR retry failed\n"
    assert mod.main(["search", "zzz"]) == 1
    assert mod.main(["ghost", "zzz"]) == 2
    assert "unknown project" in capsys.readouterr().err
