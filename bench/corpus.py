"""The clean corpus: well-reviewed packages at pinned versions, from the package registry (never vendored here).

Downloads each wheel once into bench/build/corpus/ (gitignored), unpacks its Python sources, and reports:
- precision: aiharden's findings at medium or above per 1,000 lines, by rule (well-reviewed code: each is a false
  positive or a deliberate choice of the package; the target is at most 0.2);
- time: `aiharden scan --no-repair` with an empty result cache, the same scan again (results read back from the
  cache), and bandit alone on the same files, medians of --repeat runs.

Usage: python bench/corpus.py [--repeat 3] [--packages flask==3.1.3,...] [--no-time]
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
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "bench" / "build" / "corpus"
BIN = Path(sys.executable).parent
PACKAGES = ("flask==3.1.3", "werkzeug==3.1.9", "requests==2.32.5", "click==8.3.1", "jinja2==3.1.6",
            "urllib3==2.5.0", "itsdangerous==2.2.0")
LEVELS = ("low", "medium", "high", "critical")


def fetch(spec: str) -> Path:
    """The package's Python sources, unpacked from its wheel (downloaded once)."""
    name, version = spec.split("==")
    dest = BUILD / f"{name}-{version}"
    if dest.is_dir():
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([str(BIN / "python"), "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                        "-d", tmp, spec], check=True)
        (wheel,) = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as zf:
            for member in zf.namelist():
                if member.endswith(".py") and ".dist-info/" not in member and ".." not in member:
                    target = dest / member
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(zf.read(member))
    return dest


def lines_of(folders: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").splitlines())
               for f in folders for p in f.rglob("*.py"))


def scan(folders: list[Path], cache: Path) -> tuple[float, dict]:
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "AIHARDEN_CACHE": str(cache)}
    settings = cache / "settings.toml"  # a complete scan, however long it takes: the time is what is measured
    settings.write_text("semgrep-timeout = 1500\n")
    start = time.perf_counter()
    proc = subprocess.run([str(BIN / "aiharden"), "scan", "--no-repair", "--format", "json", "--fail-on", "none",
                           "--config", str(settings), "--repo", str(BUILD), *map(str, folders)],
                          capture_output=True, text=True, env=env, timeout=1800)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.strip()[-500:])
    return elapsed, json.loads(proc.stdout)


def bandit(folders: list[Path]) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "bandit"), "-q", "-r", *map(str, folders)], capture_output=True, timeout=1800)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--packages", default=",".join(PACKAGES))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-time", action="store_true", help="precision only (one scan)")
    args = ap.parse_args()
    folders = [fetch(spec) for spec in args.packages.split(",")]
    total = lines_of(folders)
    cold, warm, alone = [], [], []
    data: dict = {}
    for _ in range(1 if args.no_time else max(1, args.repeat)):
        with tempfile.TemporaryDirectory() as cache:
            t, data = scan(folders, Path(cache))
            cold.append(t)
            if not args.no_time:
                warm.append(scan(folders, Path(cache))[0])
                alone.append(bandit(folders))
        shutil.rmtree(Path(cache), ignore_errors=True)
    findings = data["findings"]
    kloc = total / 1000
    counted = [f for f in findings if LEVELS.index(f["severity"]) >= LEVELS.index("medium")]
    print(f"clean corpus: {', '.join(args.packages.split(','))}: {data['summary']['files_scanned']} files, "
          f"{total:,} lines\n")
    print("| findings | all | medium or above | per 1,000 lines (medium or above) | target |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(f"| every rule | {len(findings)} | {len(counted)} | {len(counted) / kloc:.2f} | ≤ 0.2 |\n")
    by_rule = collections.Counter((f["rule_id"], f["severity"]) for f in counted)
    print("| rule | severity | findings | per 1,000 lines |")
    print("| --- | --- | ---: | ---: |")
    for (rule, sev), n in by_rule.most_common():
        print(f"| {rule} | {sev} | {n} | {n / kloc:.2f} |")
    if not args.no_time:
        med = statistics.median
        print(f"\n| scan of {total:,} lines (median of {len(cold)}) | seconds | × bandit alone |")
        print("| --- | ---: | ---: |")
        for label, times in (("aiharden, empty result cache", cold), ("aiharden, results cached", warm),
                             ("bandit alone", alone)):
            print(f"| {label} | {med(times):.1f} | {med(times) / med(alone):.1f} |")
    print(f"\ncomplete: {data['summary'].get('complete', True)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
