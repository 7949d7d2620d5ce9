"""Detection and quiet on the repair case sets: is the case's CWE reported on its vulnerable module, and still
reported on its reference fix?

Every Python case's entry module and fixed.py are copied into one temporary repository and scanned in one
`aiharden scan --no-repair --all-lines --no-cache` call; a finding counts when it carries one of the case's CWEs.
A reference fix that is still flagged is a false positive on code written the safe way (the issue's target is at
most 5 % on the blind set, with detection at least 95 %).

Usage: python bench/detection.py [--set cases,blind,...] [--list]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("cases", "blind", "holdout", "fresh", "sealed", "unseen")


def copy_cases(dest: Path, sets: list[str]) -> dict[tuple[str, str], set[int]]:
    cwes = {}
    for name in sets:
        for case in sorted((ROOT / "bench" / name).iterdir()):
            meta_path = case / "meta.json"
            if not meta_path.is_file():
                continue
            meta = json.loads(meta_path.read_text())
            if meta.get("language", "python") != "python":
                continue
            for kind, src in (("app", case / meta.get("entry", "app.py")), ("fixed", case / "fixed.py")):
                if src.is_file():
                    (dest / name / case.name / kind).mkdir(parents=True)
                    shutil.copy(src, dest / name / case.name / kind / "app.py")
            cwes[(name, case.name)] = set(meta["cwe"])
    return cwes


def scan(tree: Path) -> list[dict]:
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "hook"))
    out = subprocess.run([sys.executable, "-m", "aiharden", "scan", "--no-repair", "--all-lines", "--no-cache",
                          "--format", "json", "--fail-on", "none", "."],
                         cwd=tree, env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out)["findings"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=",".join(SETS), help="comma-separated case sets")
    parser.add_argument("--list", action="store_true", help="name the missed cases and the flagged fixes")
    args = parser.parse_args()
    sets = args.set.split(",")
    with tempfile.TemporaryDirectory(prefix="aiharden-detection-") as tmp:
        cwes = copy_cases(Path(tmp), sets)
        findings = scan(Path(tmp))
    hits: dict[tuple[str, str, str], list[dict]] = {}
    for f in findings:
        name, case, kind = Path(f["path"]).parts[:3]
        if set(f["cwe"]) & cwes.get((name, case), set()):
            hits.setdefault((name, case, kind), []).append(f)
    print("| set | cases | detected | reference fixes flagged |")
    print("| --- | ---: | ---: | ---: |")
    notes = []
    for name in sets:
        cases = sorted(c for s, c in cwes if s == name)
        detected = [c for c in cases if (name, c, "app") in hits]
        flagged = [c for c in cases if (name, c, "fixed") in hits]
        n = len(cases) or 1
        print(f"| {name} | {len(cases)} | {len(detected)} ({len(detected) / n:.0%}) "
              f"| {len(flagged)} ({len(flagged) / n:.1%}) |")
        notes += [f"{name} missed: {c}" for c in cases if c not in detected]
        notes += [f"{name} fix flagged: {c} " + ", ".join(sorted({f"{f['rule_id']}:{f['start_line']}"
                                                                  for f in hits[(name, c, 'fixed')]}))
                  for c in flagged]
    if args.list:
        print("\n".join(["", *notes]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
