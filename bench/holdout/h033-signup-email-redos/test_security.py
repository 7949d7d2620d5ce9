import importlib
import os
import subprocess
import sys

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = """
import importlib, os, sys
sys.path.insert(0, os.getcwd())
mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))
mod.validate_signup({{"username": "bot", "email": {email!r}, "password": "x", "password_confirm": "x"}})
"""


def _validates_quickly(email: str, seconds: float = 1.5) -> bool:
    try:
        subprocess.run([sys.executable, "-c", PROBE.format(email=email)], cwd=HERE,
                       env={**os.environ}, timeout=seconds, check=False)
        return True
    except subprocess.TimeoutExpired:
        return False


def test_crafted_email_does_not_cause_catastrophic_backtracking():
    assert _validates_quickly("a" * 36 + "!"), "email regex backtracks exponentially"


def test_crafted_email_with_dots_is_fast():
    assert _validates_quickly("a.a" * 14 + "@"), "email regex backtracks exponentially"
