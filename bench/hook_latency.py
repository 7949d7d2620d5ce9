"""Wall time of the pre-commit hook (`aiharden check`) on a staged change with 3 findings, repairs included.

Prints a table: scan only, repairs without the model, repairs with the model (its default n-best, 8). Median of --repeat runs.
Usage: python bench/hook_latency.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
CHANGE = '''\
"""Report service."""
import hashlib
import sqlite3

import yaml


def find_report(conn: sqlite3.Connection, title: str) -> list:
    cur = conn.cursor()
    cur.execute(f"SELECT id, body FROM reports WHERE title = '{title}'")
    return cur.fetchall()


def load_layout(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh)


def checksum(body: bytes) -> str:
    return hashlib.md5(body).hexdigest()
'''


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com", "GIT_COMMITTER_NAME": "b",
           "GIT_COMMITTER_EMAIL": "b@example.com", "GIT_CONFIG_GLOBAL": os.devnull, "CLAUDECODE": "1",
           "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    modes = {"scan only (--no-repair)": ["--no-repair"], "repair: codemods + rule fixes (--n-best 0)": ["--n-best", "0"],
             "repair: + model n-best 8 (default)": []}
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp)
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
        (repo / "reports.py").write_text(CHANGE)
        subprocess.run(["git", "add", "reports.py"], cwd=repo, check=True, env=env)
        rows = []
        for name, extra in modes.items():
            times, found = [], ""
            for _ in range(args.repeat):
                start = time.perf_counter()
                proc = subprocess.run([str(BIN / "aiharden"), "check", *extra], cwd=repo, env=env,
                                      capture_output=True, text=True)
                times.append(time.perf_counter() - start)
                found = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr.strip()
            rows.append((name, statistics.median(times), min(times), found))
    print(f"| hook run (3 findings staged) | median s (n={args.repeat}) | min s | last line |")
    print("| --- | ---: | ---: | --- |")
    for name, med, low, found in rows:
        print(f"| {name} | {med:.2f} | {low:.2f} | {found} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
