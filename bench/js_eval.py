"""Detection and repair on the JavaScript/TypeScript cases: aiharden on a copy of each case, judged by the case's
own node:test tests.

Sets: bench/cases-js (the development set, which the JavaScript codemods were written against), bench/blind-js
(written without sight of them, then read to widen the rules) and bench/unseen-js (written the same way later, and
not read). A set's shared files (testkit.js, stubs/) are copied beside the
case, as the cases expect them one folder up.

Per case: detected (an expected CWE was reported on the vulnerable file); quiet (the reference fix has no finding
of an expected CWE); offered (a verified repair was written: --fix-all, so static repairs count); true repair
(after the repair test_functional AND test_security pass, with CASE_MODULE = the entry); bogus (a repair was
written and the functional tests fail, or the security tests fail although the written repairs claim every CWE
of the case); partial (behaviour kept, only some of the case's CWEs claimed); introduced (the repaired file has a finding the original did not). aiharden never
sees the tests: JavaScript has no exploit probe, so without project tests every repair is at level static, and
`--fix` alone writes none of them. `--project-tests` gives it the functional tests as `--test-cmd`.

Usage: python bench/js_eval.py [--set dev|blind|unseen|both|all] [--cases j001,j002] [--jobs N] [--no-repair]
                               [--project-tests] [--json OUT]
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {"dev": ROOT / "bench" / "cases-js", "blind": ROOT / "bench" / "blind-js",
        "unseen": ROOT / "bench" / "unseen-js"}
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "PYTHONDONTWRITEBYTECODE": "1"}
LEVELS = ("exploit", "tests", "static")


def aiharden(case: Path, name: str, *extra: str) -> dict:
    # the repository is the set's folder: the case's tests reach the set's testkit.js and stubs/ one folder up
    proc = subprocess.run([str(BIN / "aiharden"), "scan", "--repo", str(case.parent), "--format", "json",
                           "--fail-on", "none", *extra, str(case / name)], cwd=case, env=ENV, capture_output=True,
                          text=True, timeout=600)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"aiharden failed on {case.name}/{name}: {proc.stderr.strip()[-300:]}")
    return json.loads(proc.stdout)


def node_tests_pass(case: Path, test: str, module: str) -> bool:
    proc = subprocess.run(["node", "--test", test], cwd=case, env={**ENV, "CASE_MODULE": module},
                          capture_output=True, text=True, timeout=300)
    return proc.returncode == 0


def keys(report: dict) -> collections.Counter[tuple[str, tuple[int, ...]]]:
    return collections.Counter((f["rule_id"], tuple(f["cwe"])) for f in report["findings"])


def copy_case(src: Path, tmp: Path) -> Path:
    """The case in tmp/<set>/<case>, with the set's shared files (those outside any case) one folder up."""
    dest_set = tmp / src.parent.name
    dest_set.mkdir()
    for entry in src.parent.iterdir():
        if entry.is_dir() and (entry / "meta.json").exists():
            continue
        (shutil.copytree if entry.is_dir() else shutil.copy)(entry, dest_set / entry.name)
    case = dest_set / src.name
    shutil.copytree(src, case)
    return case


def evaluate(src: Path, repair: bool, extra: list[str]) -> dict:
    meta = json.loads((src / "meta.json").read_text())
    expected = set(meta["cwe"])
    entry = meta["entry"]
    fixed = entry.replace("app.", "fixed.")
    with tempfile.TemporaryDirectory(prefix="aiharden-js-") as tmp:
        case = copy_case(src, Path(tmp))
        start = time.perf_counter()
        extra = [x.replace("{case}", case.name) for x in extra]
        before = aiharden(case, entry, *(["--fix-all", *extra] if repair else ["--no-repair"]))
        seconds = time.perf_counter() - start
        on_fixed = aiharden(case, fixed, "--no-repair")
        found = sorted({c for f in before["findings"] for c in f["cwe"]})
        result = {"case": src.name, "cwe": sorted(expected), "found": found,
                  "detected": bool(expected & set(found)),
                  "quiet": not any(expected & set(f["cwe"]) for f in on_fixed["findings"]),
                  "fixed_findings": sorted({f["rule_id"] for f in on_fixed["findings"]}),
                  "seconds": round(seconds, 2), "offered": False, "true": False, "bogus": False, "partial": False,
                  "level": None,
                  "names": [], "introduced": [], "functional": None, "security": None,
                  "rejected": [f["repair"]["code"] for f in before["findings"]
                               if f.get("repair") and f["repair"]["status"] in ("rejected", "unrepaired")]}
        if not repair:
            return result
        applied = [f["repair"] for f in before["findings"]
                   if f.get("repair") and f["repair"]["status"] in ("fixed", "partial")]
        result["offered"] = bool(before.get("fixed_files"))
        if not result["offered"]:
            return result
        levels = [r["verification"] for r in applied]
        result["level"] = min(levels, key=lambda lv: -LEVELS.index(lv)) if levels else None
        result["names"] = sorted({r["name"] for r in applied})
        result["functional"] = node_tests_pass(case, "test_functional.js", entry)
        result["security"] = node_tests_pass(case, "test_security.js", entry)
        result["true"] = result["functional"] and result["security"]
        # as in repair_eval.py: a repair that breaks behaviour, or claims every CWE of the case and leaves it
        # exploitable, is bogus; one that kept behaviour and claimed only some of them leaves the case partial
        claimed = {int(str(c).removeprefix("CWE-")) for r in applied for c in r.get("fixes_cwe") or ()}
        result["partial"] = not result["true"] and result["functional"] and not expected <= claimed
        result["bogus"] = not result["true"] and not result["partial"]
        after = aiharden(case, entry, "--no-repair")
        new = keys(after) - keys(before)
        result["introduced"] = sorted({f"CWE-{c}" for (_, cwes) in new for c in cwes})
    return result


def pct(a: int, b: int) -> str:
    return f"{100 * a / max(b, 1):.0f} %"


def table(name: str, rows: list[dict], repair: bool) -> None:
    mark = {True: "yes", False: "-", None: "-"}
    print(f"\n### {name}: per case\n")
    if repair:
        print("| case | CWE | found | detected | fixed file quiet | repair | level | functional | security | "
              "true repair | bogus | introduced | s |")
        print("| --- | --- | --- | :-: | :-: | --- | --- | :-: | :-: | :-: | :-: | --- | ---: |")
    else:
        print("| case | CWE | found | detected | fixed file quiet | s |")
        print("| --- | --- | --- | :-: | :-: | ---: |")
    for r in rows:
        head = (f"| {r['case']} | {','.join(map(str, r['cwe']))} | {','.join(map(str, r['found'])) or '-'} | "
                f"{mark[r['detected']]} | {'yes' if r['quiet'] else 'NO: ' + ','.join(r['fixed_findings'])} |")
        if repair:
            print(f"{head} {'+'.join(r['names']) or '-'} | {r['level'] or '-'} | {mark[r['functional']]} | "
                  f"{mark[r['security']]} | {mark[r['true']]} | "
                  f"{'BOGUS' if r['bogus'] else 'partial' if r['partial'] else '-'} | "
                  f"{','.join(r['introduced']) or '-'} | {r['seconds']} |")
        else:
            print(f"{head} {r['seconds']} |")
    n = len(rows)
    tot = {k: sum(bool(r.get(k)) for r in rows) for k in ("detected", "quiet", "offered", "true", "bogus", "partial",
                                                          "introduced")}
    cwes = sorted({c for r in rows for c in r["cwe"]})
    print(f"\n### {name}: {n} cases over {len(cwes)} CWEs\n")
    print(f"detected {tot['detected']} ({pct(tot['detected'], n)}), reference fixes quiet {tot['quiet']} "
          f"({pct(tot['quiet'], n)})")
    if repair:
        print("\n| cases | detected | offered | true repairs | of detected | bogus | partial | introduced | "
              "written by --fix |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        by_fix = sum(r["level"] in ("exploit", "tests") for r in rows)
        print(f"| {n} | {tot['detected']} | {tot['offered']} | {tot['true']} ({pct(tot['true'], n)}) | "
              f"{pct(tot['true'], tot['detected'])} | {tot['bogus']} | {tot['partial']} | {tot['introduced']} | {by_fix} |")
        rejected = collections.Counter(c for r in rows if r["detected"] and not r["offered"] for c in r["rejected"])
        if rejected:
            print("detected, not offered, by reason: " + ", ".join(f"{c} {k}" for c, k in rejected.most_common()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("dev", "blind", "unseen", "both", "all"), default="dev")
    ap.add_argument("--cases", help="comma-separated case name prefixes (default: all)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-repair", action="store_true", help="detection only")
    ap.add_argument("--project-tests", action="store_true",
                    help="give aiharden the case's functional tests as --test-cmd (the security tests never)")
    ap.add_argument("--json", default=None, help="also write the per-case results here")
    args = ap.parse_args()
    repair = not args.no_repair
    if repair and shutil.which("node") is None:
        print("node is needed to run the cases' tests (or use --no-repair)", file=sys.stderr)
        return 2
    extra = ["--test-cmd", "node --test {case}/test_functional.js"] if args.project_tests else []
    wanted = tuple(args.cases.split(",")) if args.cases else None
    results = {}
    for name in {"both": ("dev", "blind"), "all": ("dev", "blind", "unseen")}.get(args.set, (args.set,)):
        folder = SETS[name]
        if not folder.is_dir():
            print(f"{folder.relative_to(ROOT)}: no such set, skipped", file=sys.stderr)
            continue
        cases = sorted(p for p in folder.iterdir() if (p / "meta.json").exists()
                       and (not wanted or p.name.startswith(wanted)))
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            rows = list(pool.map(lambda c: evaluate(c, repair, extra), cases))
        results[name] = rows
        table(f"{name} ({folder.relative_to(ROOT)})", rows, repair)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
