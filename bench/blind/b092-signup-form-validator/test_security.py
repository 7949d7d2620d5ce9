import importlib, os, subprocess, sys

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = r"""
import importlib, os
m = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
print(m.SignupForm(%r, %r).errors())
"""


@pytest.mark.parametrize("handle,email", [
    ("a" * 34 + "!", "ok@example.com"),
    ("ok", "a" * 34 + "!"),
])
def test_validation_time_is_bounded(handle, email):
    env = dict(os.environ, CASE_MODULE=mod.__name__)
    try:
        out = subprocess.run([sys.executable, "-c", PROBE % (handle, email)], cwd=HERE, env=env,
                             timeout=1.5, capture_output=True, text=True, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("validator still running after 1.5s (catastrophic backtracking)")
    assert "Use lowercase" in out.stdout or "valid e-mail" in out.stdout
