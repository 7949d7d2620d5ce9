import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_create_branch_switches_to_it(tmp_path):
    repo = mod.GitRepository(tmp_path / "repo")
    repo.init()
    assert repo.create_branch("feature/login-form") == 0
    assert repo.current_branch() == "feature/login-form"


def test_second_branch(tmp_path):
    repo = mod.GitRepository(tmp_path / "repo")
    repo.init()
    assert repo.create_branch("release-1.2") == 0
    assert repo.create_branch("hotfix_42") == 0
    assert repo.current_branch() == "hotfix_42"


def test_invalid_ref_name_reports_failure(tmp_path):
    repo = mod.GitRepository(tmp_path / "repo")
    repo.init()
    try:
        status = repo.create_branch("bad..name")
    except Exception:
        status = None
    assert status != 0
    assert repo.current_branch() != "bad..name"
