"""The repair benchmark's cases keep their contract: functional tests pass on the vulnerable and the
fixed module, the exploit test fails on the vulnerable one and passes on the fix."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_cases", ROOT / "bench" / "check_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(module)
    return module


def test_every_case_keeps_the_contract() -> None:
    checker = load_checker()
    cases = checker.all_cases()
    reports = checker.check_cases(cases, scan=True, jobs=2)

    broken = {r.name: r.problems for r in reports if r.problems}
    assert broken == {}
    assert len(reports) >= 40
    assert len({c for r in reports for c in r.cwe}) >= 20
    # the scanner columns came from a real semgrep run over the bundled rules
    assert {r.detected for r in reports} <= {"yes", "no"}
    assert any(r.detected == "yes" for r in reports)
