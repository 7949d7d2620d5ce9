import importlib
import os
import tempfile

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_writes_csv(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = mod.write_report([["apple", 3], ["pear", 5]], header=["fruit", "qty"])
    assert path.endswith(".csv")
    assert os.path.isfile(path)
    assert mod.read_report(path) == [["fruit", "qty"], ["apple", "3"], ["pear", "5"]]


def test_each_report_gets_its_own_file(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    a = mod.write_report([["a"]])
    b = mod.write_report([["b"]])
    assert a != b
    assert mod.read_report(a) == [["a"]] and mod.read_report(b) == [["b"]]
