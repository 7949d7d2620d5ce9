import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_file_names_with_shell_syntax_do_not_run_commands(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "pwned"
    # Uploaded files keep the name the user gave them.
    for name in ("$(touch pwned).txt", "data.txt; touch pwned", "`touch pwned`.txt", "a.txt|touch pwned"):
        path = tmp_path / name
        path.write_text("x\ny\nx\n")
        try:
            result = mod.count_unique_lines(path)
        except Exception:
            result = None
        assert not marker.exists(), name
        assert result in (None, {"x": 2, "y": 1}), name
