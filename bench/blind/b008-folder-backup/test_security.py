import importlib, os
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

import datetime as dt


def _src(tmp_path):
    src = tmp_path / "project"
    src.mkdir()
    (src / "a.txt").write_text("a")
    return src


def test_label_cannot_run_commands(tmp_path):
    marker = tmp_path / "pwned_label"
    mod.make_backup(str(_src(tmp_path)), f"x; touch {marker}; echo", str(tmp_path / "b"), dt.date(2024, 1, 1))
    assert not marker.exists()


def test_source_dir_cannot_run_commands(tmp_path):
    marker = tmp_path / "pwned_source"
    mod.make_backup(f"{_src(tmp_path)} . ; touch {marker} #", "site", str(tmp_path / "b"), dt.date(2024, 1, 1))
    assert not marker.exists()


def test_subshell_in_label(tmp_path):
    marker = tmp_path / "pwned_subshell"
    mod.make_backup(str(_src(tmp_path)), f"$(touch {marker})", str(tmp_path / "b"), dt.date(2024, 1, 1))
    assert not marker.exists()
