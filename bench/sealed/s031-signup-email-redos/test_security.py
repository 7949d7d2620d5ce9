import importlib
import os
import subprocess
import sys

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

TIME_LIMIT = 5.0


def _validate_in_subprocess(email: str) -> subprocess.CompletedProcess:
    code = (
        "import importlib, sys\n"
        f"m = importlib.import_module({mod.__name__!r})\n"
        "print(m.validate_signup(m.SignupForm('eve_1', sys.argv[1], 'long-enough-pass')))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.abspath(mod.__file__)))
    return subprocess.run([sys.executable, "-c", code, email], capture_output=True, text=True,
                          timeout=TIME_LIMIT, env=env)


def test_local_part_backtracking_is_bounded():
    payload = "a" * 40 + "!"
    try:
        result = _validate_in_subprocess(payload)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"validation of a {len(payload)}-char address took over {TIME_LIMIT}s")
    assert result.returncode == 0, result.stderr
    assert "email" in result.stdout


def test_long_dotted_payload_is_bounded():
    payload = "a." * 25 + "a" * 10 + "@"
    try:
        result = _validate_in_subprocess(payload)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"validation took over {TIME_LIMIT}s")
    assert result.returncode == 0, result.stderr
