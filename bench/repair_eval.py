"""The repair benchmark: aiharden on a copy of every case, judged by the case's own tests.

Sets, reported separately: bench/cases (the development set, which the codemods were written against),
bench/blind (written without sight of the codemods or probes), bench/holdout, bench/fresh, bench/sealed and bench/unseen
(written the same way,
later; a set's first measurement is the number to trust, and what changed after looking at its failures is listed
in docs/repairs.md). Per case: detected (an expected CWE was reported),
offered (a verified repair was written; --fix-all, so repairs at every verification level count), true repair
(after the repair test_security AND test_functional pass), bogus (a repair was offered but a test fails: the
functional tests, or the security tests when the written repairs claim every CWE of the case), partial (the written
repairs kept behaviour and claimed only some of the case's CWEs: another weakness was missed or left unrepaired),
introduced (the repaired file has a finding the original did not). Totals by repair source and by verification
level (exploit, tests, static); `--fix` alone writes only exploit and tests repairs, shown as "written by --fix".
By default aiharden gets no project tests: the probes and the static gate judge alone. `--project-tests` gives
it the case's functional tests as `--test-cmd`; the security tests are never shown to it.

Usage: python bench/repair_eval.py [--set dev|blind|holdout|fresh|sealed|unseen|both|all] [--cases 01,b07] [--repair-sources codemod,rule]
                                   [--n-best N] [--model DIR] [--project-tests] [--no-probe] [--json OUT]
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {"dev": ROOT / "bench" / "cases", "blind": ROOT / "bench" / "blind", "holdout": ROOT / "bench" / "holdout",
        "fresh": ROOT / "bench" / "fresh", "sealed": ROOT / "bench" / "sealed", "unseen": ROOT / "bench" / "unseen"}
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "PYTHONDONTWRITEBYTECODE": "1"}
LEVELS = ("exploit", "tests", "static")


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
        shutil.copytree(src, case, ignore=shutil.ignore_patterns("fixed.py", "test_security.py", "__pycache__"))
        start = time.perf_counter()
        before = aiharden(case, "--fix-all", *extra)
        elapsed = time.perf_counter() - start
        expected = set(meta["cwe"])
        detected = any(expected & set(f["cwe"]) for f in before["findings"])
        applied = [f["repair"] for f in before["findings"]
                   if f.get("repair") and f["repair"]["status"] in ("fixed", "partial")]
        offered = bool(before.get("fixed_files"))
        levels = [r["verification"] for r in applied]
        result = {"case": src.name, "cwe": sorted(expected), "detected": detected, "offered": offered,
                  "sources": sorted({r["source"] for r in applied}) if offered else [],
                  # a case counts at the lowest level among the repairs written into it
                  "level": min(levels, key=lambda lv: -LEVELS.index(lv)) if offered and levels else None,
                  "true": False, "bogus": False, "partial": False, "introduced": [], "seconds": round(elapsed, 2),
                  "probe_seconds": [r["probe"]["seconds"] for r in applied if r.get("probe")],
                  "rejected": [f["repair"]["code"] for f in before["findings"]
                               if f.get("repair") and f["repair"]["status"] == "rejected"]}
        if offered:
            shutil.copy(src / "test_security.py", case / "test_security.py")
            functional = tests_pass(case, "test_functional.py")
            security = tests_pass(case, "test_security.py")
            result["true"] = functional and security
            # a repair that breaks behaviour, or that claims every weakness of the case and leaves one exploitable, is
            # bogus; repairs that kept behaviour and claimed only other weaknesses leave the case partial
            claimed = {int(str(c).removeprefix("CWE-")) for r in applied for c in r.get("fixes_cwe") or ()}
            result["partial"] = not result["true"] and functional and not expected <= claimed
            result["bogus"] = not result["true"] and not result["partial"]
            result["functional"], result["security"] = functional, security
            after = aiharden(case, "--no-repair")
            new = keys(after) - keys(before)
            result["introduced"] = sorted({f"CWE-{c}" for (_, cwes) in new for c in cwes})
    return result


def table(name: str, rows: list[dict], verbose: bool) -> None:
    mark = {True: "yes", False: "-"}
    if verbose:
        print(f"\n### {name}: per case\n")
        print("| case | CWE | detected | offered | source | level | true repair | bogus | introduced | s |")
        print("| --- | --- | :-: | :-: | --- | --- | :-: | :-: | --- | ---: |")
        for r in rows:
            print(f"| {r['case']} | {','.join(map(str, r['cwe']))} | {mark[r['detected']]} | {mark[r['offered']]} | "
                  f"{'+'.join(r['sources']) or '-'} | {r['level'] or '-'} | {mark[r['true']]} | "
                  f"{'BOGUS' if r['bogus'] else 'partial' if r.get('partial') else '-'} | {','.join(r['introduced']) or '-'} | {r['seconds']} |")
    n = len(rows)
    tot = {k: sum(bool(r.get(k)) for r in rows) for k in ("detected", "offered", "true", "bogus", "partial",
                                                          "introduced")}
    by_fix = [r for r in rows if r["level"] in ("exploit", "tests")]
    print(f"\n### {name}: {n} cases, {len({c for r in rows for c in r['cwe']})} CWEs\n")
    print("| cases | detected | offered | true repairs | bogus | partial | introduced | offered at `exploit` | "
          "written by --fix (true / bogus) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    exploit = sum(r["level"] == "exploit" for r in rows)
    print(f"| {n} | {tot['detected']} ({pct(tot['detected'], n)}) | {tot['offered']} | {tot['true']} ({pct(tot['true'], n)}) "
          f"| {tot['bogus']} | {tot['partial']} | {tot['introduced']} | {exploit} ({pct(exploit, tot['offered'])} of offered) | "
          f"{len(by_fix)} ({sum(r['true'] for r in by_fix)} / {sum(r['bogus'] for r in by_fix)}) |")
    print("\n| by | offered | true repair | bogus |")
    print("| --- | ---: | ---: | ---: |")
    for source in ("codemod", "rule", "model"):
        mine = [r for r in rows if source in r["sources"]]
        print(f"| source {source} | {len(mine)} | {sum(r['true'] for r in mine)} | {sum(r['bogus'] for r in mine)} |")
    for level in LEVELS:
        mine = [r for r in rows if r["level"] == level]
        print(f"| level {level} | {len(mine)} | {sum(r['true'] for r in mine)} | {sum(r['bogus'] for r in mine)} |")
    times = sorted(t for r in rows for t in r["probe_seconds"])
    if times:
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"\nprobe time per repaired finding: median {statistics.median(times):.2f} s, p95 {p95:.2f} s "
              f"(n={len(times)})")
    rejected = collections.Counter(code for r in rows if not r["offered"] for code in r["rejected"])
    if rejected:
        print("not offered, by first reason: " + ", ".join(f"{c} {n}" for c, n in rejected.most_common()))


def pct(a: int, b: int) -> str:
    return f"{100 * a / max(b, 1):.0f} %"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("dev", "blind", "holdout", "fresh", "sealed", "unseen", "both", "all"), default="both",
                    help="both: dev and blind; all: every set")
    ap.add_argument("--cases", help="comma-separated case name prefixes (default: all)")
    ap.add_argument("--repair-sources", help="restrict candidate sources, e.g. codemod or codemod,rule")
    ap.add_argument("--n-best", default=None)
    ap.add_argument("--model", default=None)
    ap.add_argument("--jobs", type=int, default=1, help="cases run in parallel")
    ap.add_argument("--json", default=None, help="also write the per-case results here")
    ap.add_argument("--project-tests", action="store_true", help="give aiharden test_functional.py as --test-cmd")
    ap.add_argument("--no-probe", action="store_true", help="verify without the exploit probes")
    ap.add_argument("--quiet", action="store_true", help="totals only, no per-case table")
    args = ap.parse_args()
    extra = ["--test-cmd", f"{sys.executable} -m pytest -q -x -p no:cacheprovider test_functional.py"] \
        if args.project_tests else []
    extra += ["--n-best", args.n_best] if args.n_best is not None else []
    extra += ["--model", args.model] if args.model else []
    extra += ["--repair-sources", args.repair_sources] if args.repair_sources else []
    extra += ["--no-probe"] if args.no_probe else []
    wanted = tuple(args.cases.split(",")) if args.cases else None
    results = {}
    names = {"both": ("dev", "blind"), "all": tuple(SETS)}.get(args.set, (args.set,))
    for name in names:
        folder = SETS[name]
        cases = sorted(p for p in folder.iterdir() if (p / "meta.json").exists()
                       and (not wanted or p.name.startswith(wanted))) if folder.is_dir() else []
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            rows = list(pool.map(lambda c: evaluate(c, extra), cases))
        results[name] = rows
        table({"dev": "development set (bench/cases)", "blind": "blind set (bench/blind)",
               "holdout": "holdout set (bench/holdout)", "fresh": "fresh set (bench/fresh)",
               "sealed": "sealed set (bench/sealed)", "unseen": "unseen set (bench/unseen)"}[name], rows,
              not args.quiet)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
