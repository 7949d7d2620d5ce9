"""Detection on the JavaScript/TypeScript cases (bench/cases-js): aiharden on each case's app and fixed file.

Per case: detected (an expected CWE was reported on the vulnerable file), and quiet (the reference fix has no
finding of an expected CWE). JavaScript findings get no repair yet, so there is no repair column. Prints a table
and the totals.

Usage: python bench/js_eval.py [--cases j001,j002] [--jobs N]
"""
from __future__ import annotations

import argparse
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
CASES = ROOT / "bench" / "cases-js"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}


def findings(case: Path, name: str) -> list[dict]:
    proc = subprocess.run([str(BIN / "aiharden"), "scan", "--repo", str(case), "--format", "json", "--no-repair",
                           "--fail-on", "none", str(case / name)], cwd=case, env=ENV, capture_output=True, text=True,
                          timeout=300)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"aiharden failed on {case.name}/{name}: {proc.stderr.strip()[-300:]}")
    return json.loads(proc.stdout)["findings"]


def evaluate(src: Path) -> dict:
    meta = json.loads((src / "meta.json").read_text())
    expected = set(meta["cwe"])
    entry = meta["entry"]
    fixed = entry.replace("app.", "fixed.")
    with tempfile.TemporaryDirectory(prefix="aiharden-js-") as tmp:
        case = Path(tmp) / src.name
        shutil.copytree(src, case)
        start = time.perf_counter()
        on_app = findings(case, entry)
        seconds = time.perf_counter() - start
        on_fixed = findings(case, fixed)
    found = sorted({c for f in on_app for c in f["cwe"]})
    return {"case": src.name, "cwe": sorted(expected), "found": found,
            "detected": bool(expected & set(found)),
            "quiet": not any(expected & set(f["cwe"]) for f in on_fixed),
            "fixed_findings": sorted({f["rule_id"] for f in on_fixed}), "seconds": round(seconds, 2)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", help="comma-separated case name prefixes (default: all)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    wanted = tuple(args.cases.split(",")) if args.cases else None
    cases = sorted(p for p in CASES.iterdir() if (p / "meta.json").exists()
                   and (not wanted or p.name.startswith(wanted))) if CASES.is_dir() else []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(evaluate, cases))
    print("| case | CWE | found | detected | fixed file quiet | s |")
    print("| --- | --- | --- | :-: | :-: | ---: |")
    for r in rows:
        print(f"| {r['case']} | {','.join(map(str, r['cwe']))} | {','.join(map(str, r['found'])) or '-'} | "
              f"{'yes' if r['detected'] else '-'} | {'yes' if r['quiet'] else 'NO: ' + ','.join(r['fixed_findings'])} | "
              f"{r['seconds']} |")
    n = len(rows)
    det = sum(r["detected"] for r in rows)
    quiet = sum(r["quiet"] for r in rows)
    cwes = sorted({c for r in rows for c in r["cwe"]})
    print(f"\n{n} cases over {len(cwes)} CWEs: detected {det} ({100 * det // max(n, 1)} %), "
          f"reference fixes quiet {quiet} ({100 * quiet // max(n, 1)} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
