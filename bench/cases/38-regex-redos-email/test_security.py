from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = "import importlib, os; importlib.import_module(os.environ['CASE_MODULE']).is_valid_email('a' * 40 + '!')"


def test_near_miss_input_is_rejected_quickly() -> None:
    # the match runs in a child process so a catastrophic backtrack can be cut off
    env = {**os.environ, "CASE_MODULE": os.environ.get("CASE_MODULE", "app")}
    try:
        subprocess.run([sys.executable, "-c", PROBE], cwd=HERE, env=env, timeout=1.5, check=True)
    except subprocess.TimeoutExpired:
        raise AssertionError("e-mail validation took over 1.5 s on a 41-character input") from None
