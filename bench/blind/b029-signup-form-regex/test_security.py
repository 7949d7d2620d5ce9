import importlib, os
import subprocess
import sys
import textwrap

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MODULE_DIR = os.path.dirname(os.path.abspath(mod.__file__))


def run_isolated(body: str, timeout: float = 1.5) -> None:
    code = f"import importlib\nmod = importlib.import_module({mod.__name__!r})\n" + textwrap.dedent(body)
    env = dict(os.environ)
    env["PYTHONPATH"] = MODULE_DIR + os.pathsep + env.get("PYTHONPATH", "")
    try:
        proc = subprocess.run([sys.executable, "-c", code], cwd=MODULE_DIR, env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"validation did not finish within {timeout} s (catastrophic backtracking)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_handle_validation_is_linear_time():
    run_isolated(
        """
        f = mod.SignupForm.from_mapping({"handle": "a" * 38 + "!", "email": "ok@example.com"})
        assert "handle" in f.errors()
        f = mod.SignupForm.from_mapping({"handle": "a1" * 19 + "_", "email": "ok@example.com"})
        assert "handle" in f.errors()
        print("ok")
        """
    )


def test_email_validation_is_linear_time():
    run_isolated(
        """
        f = mod.SignupForm.from_mapping({"handle": "fine", "email": "a" * 60 + "!"})
        assert "email" in f.errors()
        f = mod.SignupForm.from_mapping({"handle": "fine", "email": "a" * 40 + "@example"})
        assert "email" in f.errors()
        print("ok")
        """
    )
