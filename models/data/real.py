"""Region-level pairs from real security fixes (SVEN and SafeCoder, both MIT; see models/README.md).

A function-level pair is kept when it is Python and all its changed lines lie within one block of
at most MAX_LINES lines on each side; the split is by upstream commit, never by pair.
"""
from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from aiharden.repair.prompt import CONTEXT_LINES

MAX_LINES = 8
# Relative to the project root, never a machine's absolute path: <root>/../shared/data/repair-pairs.
DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "repair-pairs"


def _files(root: Path) -> Iterator[Path]:
    yield from sorted((root / "sven").rglob("*.jsonl"))
    # safecoder/val/sec-desc.jsonl repeats sven's val split.
    yield from sorted(p for p in (root / "safecoder").rglob("*.jsonl") if p.name != "sec-desc.jsonl")


def _region(before: list[str], after: list[str]) -> tuple[int, int, int, int] | None:
    ops = [op for op in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    i1, i2, j1, j2 = ops[0][1], ops[-1][2], ops[0][3], ops[-1][4]
    if i1 == i2:  # a pure insertion: anchor it on the line above
        if i1 == 0:
            return None
        i1, j1 = i1 - 1, j1 - 1
    if i2 - i1 > MAX_LINES or j2 - j1 > MAX_LINES:
        return None
    return i1, i2, j1, j2


def check_root(root: Path) -> Path:
    """The real-pair folder, or SystemExit: a missing folder would silently train a different model."""
    if not (root / "sven").is_dir() and not (root / "safecoder").is_dir():
        raise SystemExit(f"{root}: no sven/ or safecoder/ folder of real repair pairs; "
                         "put them there (see models/README.md) or pass --real DIR")
    return root


def real_pairs(root: Path) -> Iterator[dict[str, object]]:
    """Yield region-level pairs with a commit-hashed split (about 15 % test)."""
    check_root(root)
    seen: set[tuple[str, str]] = set()
    for path in _files(root):
        for raw in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(raw)
            if not str(rec.get("file_name", "")).endswith(".py"):
                continue
            before = (rec["func_src_before"].rstrip("\n") + "\n").splitlines(keepends=True)
            after = (rec["func_src_after"].rstrip("\n") + "\n").splitlines(keepends=True)
            span = _region(before, after)
            if span is None:
                continue
            i1, i2, j1, j2 = span
            key = ("".join(before[i1:i2]), "".join(after[j1:j2]))
            if key in seen or not key[0].strip():
                continue
            seen.add(key)
            commit = str(rec.get("commit_link", path.name))
            test = int(hashlib.sha256(commit.encode()).hexdigest(), 16) % 100 < 15
            cwe = int(str(rec["vul_type"]).lower().replace("cwe-", ""))
            yield {
                "rule_id": f"CWE-{cwe}", "cwe": cwe,
                "before": "".join(before[max(0, i1 - CONTEXT_LINES) : i1]), "region": key[0],
                "after": "".join(before[i2 : i2 + CONTEXT_LINES]), "fixed": key[1],
                "split": "test" if test else "train", "source": commit,
            }
