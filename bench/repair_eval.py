"""The repair benchmark: aiharden --fix on a copy of every case in bench/cases/, judged by the case's own tests.

Per case: detected (an expected CWE was reported), offered (a verified repair was written), true repair (after
the repair test_security AND test_functional pass), bogus (a repair was offered but a test fails), introduced
(the repaired file has a finding the original did not). Totals split by repair source (codemod, rule, model).
By default the case's functional tests are the project's tests that verification runs (`--test-cmd`): a
project's own test suite is part of aiharden's verification; the security tests are never shown to it.
`--no-project-tests` measures the gate without them.
Usage: python bench/repair_eval.py [--cases 01,07] [--n-best 4] [--model DIR] [--no-project-tests] [--json OUT]
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "bench" / "cases"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def aiharden(case: Path, *args: str) -> dict:
    proc = subprocess.run([str(BIN / "aiharden"), "scan", "--repo", str(case), "--format", "json",
                           "--fail-on", "none", *args, str(case / "app.py")],
                          cwd=case, env=ENV, capture_output=True, text=True, timeout=900)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"aiharden failed on {case.name}: {proc.stderr.strip()[-300:]}")
    return json.loads(proc.stdout)


def tests_pass(case: Path, name: str) -> bool:
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", name],
                          cwd=case, env={**ENV, "CASE_MODULE": "app"}, capture_output=True, text=True, timeout=300)
    return proc.returncode == 0


def keys(report: dict) -> collections.Counter[tuple[str, tuple[int, ...]]]:
    return collections.Counter((f["rule_id"], tuple(f["cwe"])) for f in report["findings"])


def evaluate(src: Path, extra: list[str]) -> dict:
    meta = json.loads((src / "meta.json").read_text())
    with tempfile.TemporaryDirectory(prefix="aiharden-case-") as tmp:
        case = Path(tmp) / src.name
        shutil.copytree(src, case, ignore=shutil.ignore_patterns("fixed.py", "__pycache__"))
        start = time.perf_counter()
        before = aiharden(case, "--fix", *extra)
        elapsed = time.perf_counter() - start
        expected = set(meta["cwe"])
        detected = any(expected & set(f["cwe"]) for f in before["findings"])
        applied = [f["repair"] for f in before["findings"] if f.get("repair") and f["repair"]["status"] == "fixed"]
        offered = bool(before.get("fixed_files"))
        sources = sorted({r["source"] for r in applied}) if offered else []
        result = {"case": src.name, "cwe": sorted(expected), "detected": detected, "offered": offered,
                  "sources": sources, "true": False, "bogus": False, "introduced": [], "seconds": round(elapsed, 2)}
        if offered:
            functional = tests_pass(case, "test_functional.py")
            security = tests_pass(case, "test_security.py")
            result["true"] = functional and security
            result["bogus"] = not result["true"]
            result["functional"], result["security"] = functional, security
            after = aiharden(case, "--no-repair")
            new = keys(after) - keys(before)
            result["introduced"] = sorted({f"CWE-{c}" for (_, cwes) in new for c in cwes})
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", help="comma-separated case number prefixes (default: all)")
    ap.add_argument("--n-best", default=None)
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", default=None, help="also write the per-case results here")
    ap.add_argument("--no-project-tests", action="store_true", help="verify without running test_functional.py")
    args = ap.parse_args()
    tests = [] if args.no_project_tests else [
        "--test-cmd", f"{sys.executable} -m pytest -q -x -p no:cacheprovider test_functional.py"]
    extra = tests + (["--n-best", args.n_best] if args.n_best is not None else []) + (["--model", args.model] if args.model else [])
    wanted = tuple(args.cases.split(",")) if args.cases else None
    cases = sorted(p for p in CASES.iterdir() if (p / "meta.json").exists() and (not wanted or p.name.startswith(wanted)))
    rows = [evaluate(c, extra) for c in cases]
    print("| case | CWE | detected | offered | source | true repair | bogus | introduced | s |")
    print("| --- | --- | :-: | :-: | --- | :-: | :-: | --- | ---: |")
    mark = {True: "yes", False: "-"}
    for r in rows:
        print(f"| {r['case']} | {','.join(map(str, r['cwe']))} | {mark[r['detected']]} | {mark[r['offered']]} | "
              f"{'+'.join(r['sources']) or '-'} | {mark[r['true']]} | {'BOGUS' if r['bogus'] else '-'} | "
              f"{','.join(r['introduced']) or '-'} | {r['seconds']} |")
    n = len(rows)
    total = {k: sum(bool(r[k]) for r in rows) for k in ("detected", "offered", "true", "bogus", "introduced")}
    print(f"\n{n} cases, {len({c for r in rows for c in r['cwe']})} CWEs: detected {total['detected']} "
          f"({100 * total['detected'] / max(n, 1):.0f} %), offered {total['offered']}, true repairs {total['true']} "
          f"({100 * total['true'] / max(n, 1):.0f} %), bogus {total['bogus']}, introduced {total['introduced']}")
    print("\n| source | offered | true repair | bogus |")
    print("| --- | ---: | ---: | ---: |")
    for source in ("codemod", "rule", "model"):
        mine = [r for r in rows if source in r["sources"]]
        print(f"| {source} | {len(mine)} | {sum(r['true'] for r in mine)} | {sum(r['bogus'] for r in mine)} |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
