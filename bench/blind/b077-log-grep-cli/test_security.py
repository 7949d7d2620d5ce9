import importlib, os

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


@pytest.fixture
def env(tmp_path, monkeypatch):
    root = tmp_path / "logs"
    (root / "web").mkdir(parents=True)
    (root / "web" / "access.log").write_text("GET / 200\n")
    private = tmp_path / "private"
    private.mkdir()
    (private / "vault.log").write_text("token=SUPERSECRET\n")
    monkeypatch.setattr(mod, "LOG_ROOT", str(root))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _safe_search(project, term):
    try:
        return mod.search_logs(project, term)
    except (ValueError, OSError):
        return []


def test_term_cannot_run_second_command(env):
    marker = env / "pwned_term"
    _safe_search("web", f"x' . ; touch {marker} ; echo '")
    assert not marker.exists(), "search term executed a shell command"


def test_project_name_cannot_run_command(env):
    # a folder whose name is shell syntax (created e.g. via an upload / sync job)
    evil = "$(touch pwned_project)"
    (env / "logs" / evil).mkdir()
    _safe_search(evil, "GET")
    assert not (env / "pwned_project").exists(), "project name executed a shell command"


def test_project_cannot_escape_log_root(env):
    hits = _safe_search("../private", "token")
    assert not any("SUPERSECRET" in h.text for h in hits), "read logs outside LOG_ROOT"


def test_absolute_project_rejected(env):
    hits = _safe_search(str(env / "private"), "token")
    assert not any("SUPERSECRET" in h.text for h in hits), "absolute path escaped LOG_ROOT"
