"""How long `detect_range` takes over a long commit range (target: 1,000 commits in 2 s or less).

Builds a throwaway repository with `git fast-import`: a mix of human commits, commits with
AI trailers and footers, commits by bot identities, and git-ai / Agent Trace notes on some,
then times detect_range (median of 5) and counts the git processes it starts.

    python bench/detect_latency.py [--commits 100,1000,5000] [--runs 5]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiharden.provenance import detect_range
from aiharden.provenance import load_agents
from aiharden.provenance import detect as detect_mod
from aiharden.provenance import notes as notes_mod

HUMAN = ("Jane Doe", "jane@example.com")
BOT = ("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com")
GIT_AI_NOTE = """src/mod{n}.py
  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-3,7
  h_a1b2c3d4e5f678 4-6
---
{meta}"""
META = json.dumps({"schema_version": "authorship/3.0.0", "base_commit_sha": "0" * 40, "prompts": {},
                   "sessions": {"s_c9883b05a2487d": {"agent_id": {"tool": "claude", "id": "s", "model": "m"}}}},
                  indent=2)


def _data(text: str) -> bytes:
    raw = text.encode()
    return b"data %d\n%s\n" % (len(raw), raw)


def _message(i: int) -> str:
    if i % 4 == 1:
        return f"Change {i}\n\nDetails.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n"
    if i % 9 == 2:
        return f"Change {i}\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n"
    if i % 11 == 3:
        return f"aider: change {i}\n"
    return f"Change {i}\n\nA human wrote this one.\n"


def build(root: Path, n: int) -> None:
    """A repository of n + 1 commits (a root, then n) with notes on every 5th and 7th."""
    subprocess.run(("git", "init", "-q", "-b", "main", str(root)), check=True)
    stream = bytearray()
    for i in range(n + 1):
        name, email = BOT if i % 10 == 5 else HUMAN
        stream += b"commit refs/heads/main\nmark :%d\n" % (i + 1)
        stamp = 1_700_000_000 + i * 60
        stream += f"author {name} <{email}> {stamp} +0000\ncommitter {name} <{email}> {stamp} +0000\n".encode()
        stream += _data(_message(i) if i else "root\n")
        if i:
            stream += b"from :%d\n" % i
        for k in range(1 + i % 3):
            stream += f"M 100644 inline src/mod{(i + k) % 50}.py\n".encode() + _data(f"x = {i}\n" * 10)
    stream += b"commit refs/notes/ai\ncommitter n <n@x> 1700000000 +0000\n" + _data("notes")
    for i in range(5, n + 1, 5):
        stream += b"N inline :%d\n" % (i + 1) + _data(GIT_AI_NOTE.format(n=i % 50, meta=META))
    stream += b"commit refs/notes/agent-trace\ncommitter n <n@x> 1700000000 +0000\n" + _data("notes")
    for i in range(7, n + 1, 7):
        record = {"version": "0.1.0", "id": str(i), "timestamp": "2026-11-20T10:00:00Z", "tool": {"name": "cursor"},
                  "files": [{"path": f"src/mod{i % 50}.py", "conversations": [
                      {"contributor": {"type": "ai"}, "ranges": [{"start_line": 2, "end_line": 5}]}]}]}
        stream += b"N inline :%d\n" % (i + 1) + _data(json.dumps(record))
    subprocess.run(("git", "fast-import", "--quiet"), cwd=root, input=bytes(stream), check=True)


def _count_git_calls(root: Path, base: str) -> int:
    calls = 0
    real = detect_mod.cmd_output_b

    def counting(*args: Any, **kwargs: Any) -> tuple[int, bytes, bytes]:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    detect_mod.cmd_output_b = notes_mod.cmd_output_b = counting  # type: ignore[assignment]
    try:
        detect_range(root, base, "HEAD", {})
    finally:
        detect_mod.cmd_output_b = notes_mod.cmd_output_b = real  # type: ignore[assignment]
    return calls


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ["GIT_CONFIG_GLOBAL"] = "/dev/null"
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    agents = load_agents()
    print("| commits | AI verdicts | with line ranges | git calls | median s | min s | max s | build s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    ok = True
    for n in (int(x) for x in args.commits.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "repo"
            t0 = time.perf_counter()
            build(root, n)
            built = time.perf_counter() - t0
            base = subprocess.run(("git", "rev-list", "--max-parents=0", "HEAD"), cwd=root, check=True,
                                  capture_output=True, text=True).stdout.strip()
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                provs = detect_range(root, base, "HEAD", {}, agents=agents)
                times.append(time.perf_counter() - t0)
            assert len(provs) == n, (len(provs), n)
            ai = sum(p.ai for p in provs)
            lined = sum(bool(p.ai_lines) for p in provs)
            median = statistics.median(times)
            if n == 1000:
                ok = median <= 2.0
            print(f"| {n:,} | {ai:,} | {lined:,} | {_count_git_calls(root, base)} | {median:.3f} | "
                  f"{min(times):.3f} | {max(times):.3f} | {built:.2f} |")
    print(f"\ntarget: 1,000 commits in <= 2 s: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
