"""Cost of one staged change of 10, 100 and 1,000 files: wall time, CPU time and peak memory of a whole
`aiharden check` (the hook process itself and its children: semgrep, git), one fresh process per size.

    python bench/big_change.py [--sizes 10 100 1000] [--repair] [--keep DIR]

Every tenth file carries a weakness (yaml.load), the rest are clean; every file is ~40 lines.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CLEAN = '''\
"""Module {i}: small helpers."""
from __future__ import annotations

import json
from pathlib import Path


def load_{i}(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def save_{i}(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def total_{i}(values: list[int]) -> int:
    acc = 0
    for v in values:
        if v > 0:
            acc += v
    return acc


class Store{i}:
    def __init__(self, root: Path) -> None:
        self.root = root

    def get(self, key: str) -> dict:
        return load_{i}(self.root / f"{{key}}.json")

    def put(self, key: str, data: dict) -> None:
        save_{i}(self.root / f"{{key}}.json", data)
'''
WEAK = CLEAN + '''

def settings_{i}(path: str) -> dict:
    import yaml

    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh)
'''

# Runs in a fresh interpreter: the hook in-process, then its own and its children's resource usage.
PROBE = """
import contextlib, io, json, resource, sys, time
from aiharden.cli import main
start = time.perf_counter()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = main(sys.argv[1:])
wall = time.perf_counter() - start
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
report = json.loads(out.getvalue())
print(json.dumps({"rc": rc, "wall": wall, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "rss_self_mb": me.ru_maxrss / 1024, "rss_children_mb": kids.ru_maxrss / 1024,
                  "findings": len(report["findings"]), "scanned": report["summary"]["files_scanned"]}))
"""


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com", "GIT_COMMITTER_NAME": "b",
           "GIT_COMMITTER_EMAIL": "b@example.com", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def make_repo(root: Path, n: int) -> int:
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "commit", "-q", "--allow-empty", "-m", "base")
    lines = 0
    for i in range(n):
        text = (WEAK if i % 10 == 0 else CLEAN).format(i=i)
        path = root / f"pkg{i // 100}" / f"mod_{i}.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        lines += text.count("\n")
    git(root, "add", "-A")
    return lines


def measure(root: Path, repair: bool, cache: Path) -> dict[str, float]:
    args = ["check", "--scope", "all", "--repo", str(root), "--format", "json", "--fail-on", "none"]
    args += ["--n-best", "0"] if repair else ["--no-repair"]
    env = {**os.environ, "AIHARDEN_CACHE": str(cache)}
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    p.add_argument("--repair", action="store_true", help="also verify repairs (codemods and rule fixes, no model)")
    p.add_argument("--keep", metavar="DIR", help="build the repositories here and keep them")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="aiharden-bench-") as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        cache = base / "cache"
        make_repo(base / "warm", 2)  # the first run pays for semgrep's and bandit's start-up caches
        measure(base / "warm", args.repair, cache)
        print(f"mode: {'scan + repair verification (--n-best 0)' if args.repair else 'scan only (--no-repair)'}")
        print("| files | lines | findings | wall s | CPU s (self + children) | ms per file | "
              "peak RSS hook MB | peak RSS child MB |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for n in args.sizes:
            root = base / f"repo{n}"
            lines = make_repo(root, n)
            r = measure(root, args.repair, cache)
            assert r["scanned"] == n, r
            print(f"| {n:,} | {lines:,} | {r['findings']} | {r['wall']:.2f} | {r['cpu']:.2f} | "
                  f"{1000 * r['wall'] / n:.1f} | {r['rss_self_mb']:.0f} | {r['rss_children_mb']:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
