import importlib, os
import subprocess
import sys
import textwrap

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MODULE_DIR = os.path.dirname(os.path.abspath(mod.__file__))


def run_isolated(body: str, timeout: float = 1.5) -> str:
    code = f"import importlib\nmod = importlib.import_module({mod.__name__!r})\n" + textwrap.dedent(body)
    env = dict(os.environ)
    env["PYTHONPATH"] = MODULE_DIR + os.pathsep + env.get("PYTHONPATH", "")
    try:
        proc = subprocess.run([sys.executable, "-c", code], cwd=MODULE_DIR, env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"keyword search did not finish within {timeout} s (catastrophic backtracking)")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_keyword_is_not_a_backtracking_pattern(tmp_path):
    log = tmp_path / "upload.log"
    log.write_text("x" * 40 + "\n" + "ok line\n", encoding="utf-8")
    out = run_isolated(
        f"""
        from pathlib import Path
        print(len(mod.find_keyword(Path({str(log)!r}), "(x+x+)+y")))
        print(len(mod.find_keyword(Path({str(log)!r}), "(x+x+)+y", ignore_case=True, whole_word=True)))
        """
    )
    assert out.split() == ["0", "0"]


def test_cli_keyword_is_not_a_backtracking_pattern(tmp_path):
    log = tmp_path / "upload.log"
    log.write_text("a" * 40 + "!\n", encoding="utf-8")
    out = run_isolated(
        f"""
        import sys
        rc = mod.main(["-w", "(a|a)+$", {str(log)!r}])
        print("rc", rc)
        """
    )
    assert "rc 1" in out

