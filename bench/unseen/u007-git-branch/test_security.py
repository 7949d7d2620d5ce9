import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def test_branch_name_cannot_run_shell_commands(tmp_path):
    repo = mod.GitRepository(tmp_path / "repo")
    repo.init()
    marker = tmp_path / "pwned"
    for payload in (
        f"x; touch {marker}",
        f"x && touch {marker}",
        f"x$(touch {marker})",
        f"x`touch {marker}`",
        f"x | touch {marker}",
    ):
        try:
            repo.create_branch(payload)
        except Exception:
            pass
        assert not marker.exists(), payload
