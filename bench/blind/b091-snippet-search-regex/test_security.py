import importlib, os, subprocess, sys

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = r"""
import importlib, os
m = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
m.SNIPPETS = [{"id": "p", "title": "aaaa", "body": "a" * 34 + "!"}]
c = m.app.test_client()
r = c.get("/snippets/search", query_string={"q": %r})
print(r.status_code)
"""


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)+$"])
def test_catastrophic_pattern_returns_quickly(pattern):
    env = dict(os.environ, CASE_MODULE=mod.__name__)
    try:
        subprocess.run([sys.executable, "-c", PROBE % pattern], cwd=HERE, env=env,
                       timeout=1.5, capture_output=True, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("search request still running after 1.5s: pattern was evaluated as a regex")
