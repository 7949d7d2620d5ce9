import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def run_cli(argv):
    try:
        mod.main(argv)
    except (Exception, SystemExit):
        pass


def test_shell_metacharacters_in_paths_do_not_run_commands(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "project"
    src.mkdir()
    (src / "a.txt").write_text("data")
    marker = tmp_path / "pwned"
    attempts = [
        [f"{src}; touch {marker} #", str(tmp_path / "o1.tar.gz")],
        [str(src), f"{tmp_path / 'o2.tar.gz'}; touch {marker} #"],
        [str(src), str(tmp_path / "o3.tar.gz"), "--exclude", f"x $(touch {marker})"],
        [str(src), f"$(touch {marker})"],
    ]
    for argv in attempts:
        run_cli(argv)
        assert not marker.exists(), argv
