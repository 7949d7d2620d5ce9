"""Repair model latency on CPU (int8 ONNX): cold start, per-finding greedy and n-best, peak RSS, batch throughput.

Each measurement runs in a fresh interpreter so cold start and memory are what a hook run sees.
Usage: python bench/model_latency.py [--model DIR] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A typical finding: ~100 input tokens with context, a one-line fix (well under 48 output tokens).
_CHILD = r'''
import json, resource, sys, time
t0 = time.perf_counter()
from aiharden.repair.model import RepairModel, RepairRequest
model = RepairModel.load(None if sys.argv[1] == "-" else sys.argv[1], "cpu")
cold = time.perf_counter() - t0
src = """import sqlite3


def get_user(conn, user_id):
    cur = conn.cursor()
    cur.execute(f"SELECT name, email FROM users WHERE id = {user_id}")
    return cur.fetchone()
"""
req = RepairRequest(89, "sql-fstring-query", src, 6, 6)
mode, n = sys.argv[2], int(sys.argv[3])
out = {"cold_s": cold}
if mode == "single":
    model.generate([req], n_best=1)  # warm-up
    for nb in (1, 4, 8):
        ts = []
        for _ in range(n):
            t = time.perf_counter(); model.generate([req], n_best=nb); ts.append(time.perf_counter() - t)
        out[f"nbest{nb}_ms"] = sorted(ts)[len(ts) // 2] * 1000
    enc, ids = model._encode(req)
    out["input_tokens"] = len(ids)
    out["output_chars"] = len(model.generate([req], n_best=1)[0][0]) if model.generate([req], n_best=1)[0] else 0
elif mode == "batch":
    reqs = [req] * 32
    model.generate(reqs[:2], n_best=1)
    for nb in (1, 8):
        t = time.perf_counter(); model.generate(reqs, n_best=nb); dt = time.perf_counter() - t
        out[f"batch32_nbest{nb}_per_s"] = 32 / dt
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
'''


def _child(model: str, mode: str, n: int) -> dict[str, float]:
    env = {"PYTHONPATH": str(ROOT / "hook")}
    import os

    proc = subprocess.run([sys.executable, "-c", _CHILD, model, mode, str(n)], capture_output=True, text=True,
                          env={**os.environ, **env}, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default="-", help="model directory (default: the shipped one)")
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per measurement (median)")
    a = ap.parse_args(argv)
    cold = [_child(a.model, "cold", 0) for _ in range(a.repeat)]
    single = [_child(a.model, "single", 10) for _ in range(a.repeat)]
    batch = [_child(a.model, "batch", 0) for _ in range(a.repeat)]
    med = lambda rows, k: statistics.median(r[k] for r in rows)  # noqa: E731
    rows = [
        ("cold start (import + load)", f"{med(cold, 'cold_s'):.2f} s", "<= 0.5 s"),
        (f"per finding, greedy ({single[0]['input_tokens']} tokens in)", f"{med(single, 'nbest1_ms'):.0f} ms", "<= 50 ms"),
        ("per finding, n-best 4 (2 beam groups of 2)", f"{med(single, 'nbest4_ms'):.0f} ms", ""),
        ("per finding, n-best 8 (4 beam groups of 2, the default)", f"{med(single, 'nbest8_ms'):.0f} ms", "<= 150 ms"),
        ("peak RSS (load + generate)", f"{max(r['peak_rss_mb'] for r in single + batch):.0f} MB", "<= 200 MB"),
        ("batch of 32 findings, greedy", f"{med(batch, 'batch32_nbest1_per_s'):.0f} findings/s", ""),
        ("batch of 32 findings, n-best 8", f"{med(batch, 'batch32_nbest8_per_s'):.0f} findings/s", ""),
    ]
    import os

    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| measurement (CPU, int8, median of %d fresh processes) | value | target |" % a.repeat)
    print("| --- | ---: | ---: |")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
