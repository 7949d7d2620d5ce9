"""Scan time of a commit-sized change: aiharden against bandit alone, Python against JavaScript, cold and cached.

Change sets (copied into a temporary repository each round):
- python: 20 standard-library modules of ordinary size (the demo's insecure module among them);
- javascript: 20 JavaScript files of the npm that ships with node (skipped when npm is not installed);
- both: the two together, the JavaScript change added to the Python one.

Per set: `aiharden scan --no-repair` with an empty result cache (`--no-cache`: every file scanned by semgrep and
bandit) and with the cache warm (the files scanned before: what a re-run of the hook costs), and bandit alone on the
Python files. Medians of --repeat rounds, commands interleaved within a round. `--rules` adds semgrep's matching
time per rule on the clean corpus of bench/corpus.py (downloaded once), the slowest first, against the 50 ms target.

Usage: python bench/scan_latency.py [--repeat 5] [--rules]
"""
from __future__ import annotations

import argparse
import json
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
BIN = Path(sys.executable).parent
RULES = ROOT / "hook" / "aiharden" / "rules"


def python_files() -> list[Path]:
    stdlib = sorted(p for p in Path(sysconfig.get_paths()["stdlib"]).glob("*.py") if 2_000 < p.stat().st_size < 60_000)
    return [ROOT / "demo" / "insecure_app.py"] + stdlib[::max(1, len(stdlib) // 19)][:19]


def javascript_files() -> list[Path]:
    npm = shutil.which("npm")
    if npm is None:
        return []
    lib = Path(npm).resolve().parent.parent / "lib"
    found = sorted(p for p in lib.rglob("*.js") if 2_000 < p.stat().st_size < 40_000)
    return found[::max(1, len(found) // 20)][:20]


def lines(files: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").splitlines()) for p in files)


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode()[-400:]}")
    return elapsed


def change(dest: Path, files: list[Path]) -> list[str]:
    out = []
    for i, src in enumerate(files):
        rel = f"src/m{i}_{src.name}"
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dest / rel)
        out.append(rel)
    subprocess.run(["git", "init", "-q", str(dest)], check=True)
    return out


def rule_times() -> None:
    """semgrep's matching time per bundled Python rule on the clean corpus (one job, so times add up per rule)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus  # the clean corpus: pinned packages from the registry, downloaded once

    folders = [corpus.fetch(spec) for spec in corpus.PACKAGES]
    total = corpus.lines_of(folders)
    with tempfile.TemporaryDirectory() as tmp:  # a copy: semgrep skips folders named build/ by default
        for f in folders:
            shutil.copytree(f, Path(tmp) / "corpus" / f.name)
        proc = subprocess.run(
            [str(BIN / "semgrep"), "scan", "--metrics=off", "--disable-version-check", "--json", "--quiet", "--time",
             "--no-git-ignore", "-j", "1", "--timeout", "0", "--config", str(RULES / "python"), "corpus"],
            cwd=tmp, env={**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}, capture_output=True, text=True)
    report = json.loads(proc.stdout)
    timing = report["time"]
    per_rule: dict[str, float] = {}
    ids = [r["id"] if isinstance(r, dict) else r for r in timing["rules"]]
    for target in timing["targets"]:
        for i, t in enumerate(target.get("match_times", [])):
            per_rule[ids[i]] = per_rule.get(ids[i], 0.0) + max(t, 0.0)
    ranked = sorted(per_rule.items(), key=lambda kv: -kv[1])
    over = [r for r, t in ranked if t > 0.05]
    print(f"\nsemgrep matching time per rule, clean corpus ({total:,} lines, -j 1): "
          f"{len(ranked)} rules, {sum(per_rule.values()):.2f} s in all, {len(over)} over 50 ms")
    print("\n| rule | matching s |\n| --- | ---: |")
    for rule, t in ranked[:12]:
        print(f"| {rule.rsplit('.', 1)[-1]} | {t:.3f} |")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rules", action="store_true", help="also time every Python rule on the clean corpus")
    args = ap.parse_args()
    py, js = python_files(), javascript_files()
    sets = {"python": py, "javascript": js, "both": py + js} if js else {"python": py}
    rows = []
    with tempfile.TemporaryDirectory() as cache_root:
        for name, files in sets.items():
            with tempfile.TemporaryDirectory() as tmp:
                repo = Path(tmp)
                rel = change(repo, files)
                env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "AIHARDEN_CACHE": f"{cache_root}/{name}"}
                scan = [str(BIN / "aiharden"), "scan", "--no-repair", "--fail-on", "none", "--format", "json"]
                cmds = {"aiharden scan, cold (--no-cache)": scan + ["--no-cache", *rel],
                        "aiharden scan, cached": scan + rel}
                pyrel = [r for r in rel if r.endswith(".py")]
                if pyrel:
                    cmds["bandit alone"] = [str(BIN / "bandit"), "-q", "-f", "json", *pyrel]
                run(scan + rel, repo, env)  # fills the cache the cached rounds read
                times: dict[str, list[float]] = {k: [] for k in cmds}
                for _ in range(args.repeat):
                    for cmd_name, cmd in cmds.items():
                        times[cmd_name].append(run(cmd, repo, env))
                med = {k: statistics.median(v) for k, v in times.items()}
                for cmd_name in cmds:
                    rows.append((name, len(files), lines(files), cmd_name, med[cmd_name], med.get("bandit alone")))
    helps = [run([str(BIN / "aiharden"), "--help"], ROOT, dict(os.environ)) for _ in range(max(5, args.repeat))]
    print(f"| change | files | lines | command | median s (n={args.repeat}) | × bandit alone |")
    print("| --- | ---: | ---: | --- | ---: | ---: |")
    for name, n, ln, cmd_name, t, bandit in rows:
        ratio = f"{t / bandit:.1f}" if bandit else "-"
        print(f"| {name} | {n} | {ln:,} | {cmd_name} | {t:.2f} | {ratio} |")
    print(f"\n`aiharden --help` start-up: median {statistics.median(helps) * 1000:.0f} ms")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if args.rules:
        rule_times()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
