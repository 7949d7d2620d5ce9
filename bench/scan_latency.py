"""aiharden scan vs bare semgrep (same bundled rules, same files) on 1, 20 and 200 files; and --help start-up.

Prints a table; medians of --repeat runs, pair by pair (each round runs every command once, in turn).
Usage: python bench/scan_latency.py [--repeat 5] [--sizes 1,20,200]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "hook" / "aiharden" / "rules" / "python"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}


def corpus(dest: Path, n: int) -> list[str]:
    """n Python files: the demo's insecure module plus stdlib modules of ordinary size."""
    stdlib = sorted(p for p in Path(sysconfig.get_paths()["stdlib"]).glob("*.py") if 2_000 < p.stat().st_size < 60_000)
    files = []
    for i in range(n):
        src = ROOT / "demo" / "insecure_app.py" if i % 10 == 0 else stdlib[i % len(stdlib)]
        rel = f"pkg{i // 50}/m{i}_{src.name}"
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dest / rel)
        files.append(rel)
    return files


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode()[-400:]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sizes", default="1,20,200")
    args = ap.parse_args()
    semgrep = [str(BIN / "semgrep"), "scan", "--metrics=off", "--disable-version-check", "--json", "--quiet",
               "--no-git-ignore", "--config", str(RULES)]
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            files = corpus(Path(tmp), n)
            cmds = {
                "semgrep (default engine)": semgrep + ["--", *files],
                "semgrep --experimental": semgrep + ["--experimental", "--", *files],
                "aiharden scan --no-repair": [str(BIN / "aiharden"), "scan", "--no-repair", "--fail-on", "none", "--format", "json",
                                              *files],
            }
            times: dict[str, list[float]] = {k: [] for k in cmds}
            for _ in range(args.repeat):
                for name, cmd in cmds.items():
                    times[name].append(timed(cmd, Path(tmp)))
            med = {k: statistics.median(v) for k, v in times.items()}
            fastest = min(med["semgrep (default engine)"], med["semgrep --experimental"])
            for name in cmds:
                rows.append((n, name, med[name], med[name] / fastest))
    helps = [timed([str(BIN / "aiharden"), "--help"], ROOT) for _ in range(max(5, args.repeat))]
    print(f"| files | command | median s (n={args.repeat}) | × fastest bare semgrep |")
    print("| ---: | --- | ---: | ---: |")
    for n, name, t, ratio in rows:
        print(f"| {n} | {name} | {t:.2f} | {ratio:.2f} |")
    print(f"\n`aiharden --help` start-up: median {statistics.median(helps) * 1000:.0f} ms (target ≤ 150 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
