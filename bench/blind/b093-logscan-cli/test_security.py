import importlib, os, subprocess, sys

import pytest

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = r"""
import importlib, io, os, sys
m = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
sys.exit(m.main([sys.argv[1], sys.argv[2]], out=io.StringIO()))
"""


@pytest.mark.parametrize("term", ["(a+)+$", "(a*)*b"])
def test_term_cannot_cause_catastrophic_backtracking(tmp_path, term):
    log = tmp_path / "big.log"
    log.write_text("ok line\n" + "a" * 34 + "!\n")
    env = dict(os.environ, CASE_MODULE=mod.__name__)
    try:
        subprocess.run([sys.executable, "-c", PROBE, term, str(log)], cwd=HERE, env=env,
                       timeout=1.5, capture_output=True, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("logscan still scanning after 1.5s: term evaluated as a backtracking regex")
