import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _write(path, n):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"line {i}\n" for i in range(n)))
    return str(path)


def test_count_lines(tmp_path):
    assert mod.count_lines(_write(tmp_path / "a.txt", 3)) == 3
    assert mod.count_lines(_write(tmp_path / "sub" / "dir" / "b.log", 120)) == 120
    assert mod.count_lines(_write(tmp_path / "empty.txt", 0)) == 0


def test_return_type(tmp_path):
    assert isinstance(mod.count_lines(_write(tmp_path / "c.txt", 1)), int)


def test_missing_file(tmp_path):
    assert mod.count_lines(str(tmp_path / "nope.txt")) is None


def test_summarise(tmp_path):
    a = _write(tmp_path / "a.txt", 2)
    b = _write(tmp_path / "b.txt", 5)
    missing = str(tmp_path / "gone.txt")
    report, total = mod.summarise([a, b, missing])
    assert report == [f"{a}: 2", f"{b}: 5", f"{missing}: unreadable"]
    assert total == 7


def test_main(tmp_path, capsys):
    a = _write(tmp_path / "x.csv", 4)
    assert mod.main([a]) == 0
    assert capsys.readouterr().out == f"{a}: 4\ntotal: 4\n"
    assert mod.main([str(tmp_path / "none")]) == 1
