"""The hook's run path stays light: nothing heavy at start-up, and never torch, transformers or optimum."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import samples
from gitrepo import stage

HEAVY_AT_STARTUP = ("onnxruntime", "numpy", "tokenizers", "libcst", "semgrep", "bandit", "git", "sarif_om", "yaml")
NEVER = ("torch", "transformers", "optimum")


def _loaded(code: str, cwd: Path | None = None) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
                         cwd=cwd, capture_output=True, text=True, check=True).stdout.split("\n")[-2]
    return {m.split(".")[0] for m in out.split()}


def test_cli_import_is_light() -> None:
    assert not _loaded("import aiharden.cli").intersection(HEAVY_AT_STARTUP + NEVER)


def test_a_full_hook_run_with_the_model_never_imports_training_libraries(repo: Path) -> None:
    stage(repo, {"conf.py": samples.YAML_LOAD})
    code = ("from aiharden.cli import main\n"
            f"rc = main(['check', '--scope', 'all', '--repo', {str(repo)!r}, '--n-best', '2'])\n"
            "assert rc == 1, rc")
    loaded = _loaded(code, cwd=repo)
    assert "onnxruntime" in loaded  # the model did run
    assert not loaded.intersection(NEVER)
