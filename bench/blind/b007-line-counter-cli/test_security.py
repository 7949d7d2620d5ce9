import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_semicolon_runs_no_second_command(tmp_path):
    target = tmp_path / "data.txt"
    target.write_text("a\nb\n")
    marker = tmp_path / "pwned_semicolon"
    mod.count_lines(f"{target}; touch {marker}")
    assert not marker.exists()


def test_command_substitution_not_executed(tmp_path):
    target = tmp_path / "data.txt"
    target.write_text("a\n")
    marker = tmp_path / "pwned_subst"
    mod.count_lines(f"{target}$(touch {marker})")
    assert not marker.exists()


def test_cli_path_not_executed(tmp_path):
    marker = tmp_path / "pwned_cli"
    try:
        mod.main([f"nothing.txt && touch {marker} || touch {marker}"])
    except (IndexError, ValueError):
        pass  # output parsing may choke; what matters is whether touch ran
    assert not marker.exists()
