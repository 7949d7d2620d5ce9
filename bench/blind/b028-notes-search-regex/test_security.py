import importlib, os
import subprocess
import sys
import textwrap

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

MODULE_NAME = mod.__name__
MODULE_DIR = os.path.dirname(os.path.abspath(mod.__file__))

SCRIPT = textwrap.dedent(
    """
    import importlib
    mod = importlib.import_module({name!r})
    mod.NOTES = [{{"id": "evil", "title": "x", "body": "a" * 34 + "!"}}]
    client = mod.app.test_client()
    for extra in ({{}}, {{"case": "sensitive"}}):
        params = dict(q="(a+)+$", **extra)
        resp = client.get("/api/notes/search", query_string=params)
        assert resp.status_code in (200, 400), resp.status_code
        params = dict(q="(a|aa)+$", **extra)
        resp = client.get("/api/notes/search", query_string=params)
        assert resp.status_code in (200, 400), resp.status_code
    print("done")
    """
)


def test_search_pattern_cannot_cause_catastrophic_backtracking():
    env = dict(os.environ)
    env["PYTHONPATH"] = MODULE_DIR + os.pathsep + env.get("PYTHONPATH", "")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(name=MODULE_NAME)],
            cwd=MODULE_DIR, env=env, capture_output=True, text=True, timeout=2.5,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("search request with a backtracking pattern did not finish within 2.5 s")
    assert proc.returncode == 0, proc.stderr
    assert "done" in proc.stdout
