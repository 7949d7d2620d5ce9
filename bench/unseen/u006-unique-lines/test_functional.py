import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def write_sample(tmp_path, name="visits.txt"):
    path = tmp_path / name
    path.write_text("apple\nbanana\napple\ncherry\napple\nbanana\n")
    return path


def test_counts(tmp_path):
    assert mod.count_unique_lines(write_sample(tmp_path)) == {"apple": 3, "banana": 2, "cherry": 1}


def test_top_lines(tmp_path):
    assert mod.top_lines(str(write_sample(tmp_path)), n=2) == [("apple", 3), ("banana", 2)]


def test_cli_prints_counts(tmp_path, capsys):
    assert mod.main([str(write_sample(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "apple" in out and "3" in out
