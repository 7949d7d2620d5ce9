import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.log").write_text("ERROR one\nINFO two\n")
    return tmp_path


def _quiet(fn, *a):
    try:
        return fn(*a)
    except (OSError, ValueError):
        return None


def test_term_cannot_chain_commands(workdir):
    marker = workdir / "pwned_term"
    _quiet(mod.count_matching_lines, str(workdir / "app.log"), f"x'; touch {marker}; echo '")
    assert not marker.exists(), "search term ran a second shell command"


def test_term_command_substitution(workdir):
    marker = workdir / "pwned_subst"
    _quiet(mod.count_matching_lines, str(workdir / "app.log"), f"'$(touch {marker})'")
    assert not marker.exists()


def test_log_filename_cannot_run_commands(workdir):
    evil = workdir / "svc$(touch pwned_path).log"
    evil.write_text("ERROR x\n")
    _quiet(mod.count_matching_lines, str(evil), "ERROR")
    assert not (workdir / "pwned_path").exists(), "log file name was interpreted by the shell"


def test_report_terms_via_cli(workdir):
    marker = workdir / "pwned_cli"
    _quiet(mod.main, [str(workdir / "app.log"), "-t", f"E'; touch {marker} #"])
    assert not marker.exists()
