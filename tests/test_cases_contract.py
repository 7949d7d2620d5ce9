"""The repair benchmark's cases keep their contract: functional tests pass on the vulnerable and the
fixed module, the exploit test fails on the vulnerable one and passes on the fix."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

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
    cases = checker.all_cases("dev")
    reports = checker.check_cases(cases, scan=True, jobs=2)

    broken = {r.name: r.problems for r in reports if r.problems}
    assert broken == {}
    assert len(reports) >= 40
    assert len({c for r in reports for c in r.cwe}) >= 20
    # the scanner columns came from real scans: semgrep over the bundled rules, and aiharden's own
    assert {r.detected for r in reports} | {r.hook_detected for r in reports} <= {"yes", "no"}
    assert any(r.detected == "yes" for r in reports)
    assert any(r.hook_detected == "yes" for r in reports)


@pytest.mark.parametrize(("which", "at_least"), [("blind", 80), ("holdout", 40), ("fresh", 40)])
def test_the_cases_of_the_unseen_sets_keep_the_contract(which: str, at_least: int) -> None:
    """Every case's meta.json; the tests of every fourth case (all of them with AIHARDEN_ALL_CASES=1, and with
    `python bench/check_cases.py --set all --no-scan`): the sets are data the product never changes, and their
    full runs take minutes."""
    checker = load_checker()
    cases = checker.all_cases(which)
    assert len(cases) >= at_least
    metas = [json.loads((c / "meta.json").read_text(encoding="utf-8")) for c in cases]
    assert all(m["cwe"] and (c / m["entry"]).is_file() for c, m in zip(cases, metas))
    assert len({cwe for m in metas for cwe in m["cwe"]}) >= 30
    sample = cases if os.environ.get("AIHARDEN_ALL_CASES") else cases[::4]
    reports = checker.check_cases(sample, scan=False, jobs=2)
    broken = {r.name: r.problems for r in reports if r.problems}
    assert broken == {}
    assert len(reports) == len(sample)


def test_every_javascript_case_keeps_the_contract() -> None:
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (.ci/run installs it)")
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip().lstrip("v")
    if int(version.split(".")[0] or 0) < 18:
        pytest.skip(f"node {version} has no node:test (18 or newer runs the cases)")
    for folder, at_least in (("cases-js", 25), ("unseen-js", 20)):
        proc = subprocess.run(["bash", str(ROOT / "bench" / folder / "check.sh")], capture_output=True, text=True,
                              timeout=600)
        assert proc.returncode == 0, proc.stdout[-2000:]
        ok = int(proc.stdout.rsplit("summary: ", 1)[1].split(" ok", 1)[0])
        assert ok >= at_least, folder


def test_checker_catches_a_fix_that_fixes_nothing(tmp_path: Path) -> None:
    checker = load_checker()
    case = tmp_path / "01-sql-user-lookup"
    shutil.copytree(ROOT / "bench" / "cases" / case.name, case)
    shutil.copy(case / "app.py", case / "fixed.py")
    (report,) = checker.check_cases([case], scan=False)
    assert report.problems == ("test_security does not pass on fixed",)


def test_checker_does_not_count_a_crash_as_an_exploit(tmp_path: Path) -> None:
    checker = load_checker()
    case = tmp_path / "01-sql-user-lookup"
    shutil.copytree(ROOT / "bench" / "cases" / case.name, case)
    security = case / "test_security.py"
    security.write_text("import no_such_module_anywhere\n" + security.read_text(encoding="utf-8"), encoding="utf-8")
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    meta["cwe"] = []
    (case / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (report,) = checker.check_cases([case], scan=False)
    assert "test_security does not fail on app" in report.problems
    assert "test_security does not pass on fixed" in report.problems
    assert "meta.json: cwe must be a non-empty list of integers" in report.problems
