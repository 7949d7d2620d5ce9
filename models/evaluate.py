"""Evaluate an exported repair model: held-out pairs and the hand-written realistic set.

Metrics per rule: exact match of the best candidate (and of any of the n best), whether the
best candidate parses, and scanner-clean: the repaired file re-scanned with the bundled rules no
longer has the finding and has no new one (any of the n best; what the repair loop would offer).
"""
from __future__ import annotations

import argparse
import ast
import json
import random
import textwrap
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from aiharden.repair.model import RepairModel
from aiharden.repair.model import RepairRequest


@dataclass
class Case:
    id: str
    rule_id: str
    cwe: int
    source: str
    start: int
    end: int
    expected: str | None
    outputs: list[str] = field(default_factory=list)
    clean: list[bool] = field(default_factory=list)
    flagged: bool | None = None  # None: not scanned


def from_pair(i: int, p: dict[str, Any]) -> Case:
    src = p["before"] + p["region"] + p["after"]
    start = len(p["before"].splitlines()) + 1
    return Case(f"pair-{i}", p["rule_id"], int(p["cwe"]), src, start, start + len(p["region"].splitlines()) - 1, p["fixed"])


def load_realistic(path: Path) -> list[Case]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [Case(r["id"], r["rule_id"], int(r["cwe"]), r["source"], r["start_line"], r["end_line"], r.get("expected")) for r in rows]


def _apply(c: Case, text: str) -> str:
    lines = c.source.splitlines(keepends=True)
    return "".join(lines[: c.start - 1]) + text + "".join(lines[c.end :])


def _norm(s: str) -> str:
    return "\n".join(ln.rstrip() for ln in s.strip("\n").splitlines())


def run_model(model: RepairModel, cases: list[Case], n_best: int, batch: int) -> float:
    t = time.time()
    for i in range(0, len(cases), batch):
        part = cases[i : i + batch]
        reqs = [RepairRequest(c.cwe, c.rule_id, c.source, c.start, c.end) for c in part]
        for c, outs in zip(part, model.generate(reqs, n_best=n_best)):
            c.outputs = outs
    return time.time() - t


def scan_check(cases: list[Case]) -> str:
    """Fill Case.clean per output; returns the scanner used, or why none ran."""
    try:
        from aiharden.scan import scan_texts
    except ImportError as e:
        return f"no scanner ({e})"
    texts = {f"orig/{k}.py": c.source for k, c in enumerate(cases)}
    for k, c in enumerate(cases):
        texts.update({f"fix/{k}_{j}.py": _apply(c, o) for j, o in enumerate(c.outputs)})
    res = scan_texts(texts)
    by_path: dict[str, list[Any]] = defaultdict(list)
    for f in res.findings:
        by_path[f.path].append(f)
    for k, c in enumerate(cases):
        # The target: our rule, or another engine's finding of the same CWE (bandit's B### ids).
        hit = lambda f: f.rule_id.endswith(c.rule_id) or c.cwe in f.cwe  # noqa: E731
        orig = by_path[f"orig/{k}.py"]
        c.flagged = any(hit(f) and c.start <= f.region.start_line <= c.end for f in orig)
        if not c.flagged:  # no engine flags the original: cannot judge
            continue
        before = sorted((f.engine, f.rule_id) for f in orig if not hit(f))
        c.clean = []
        for j in range(len(c.outputs)):
            fixed = by_path[f"fix/{k}_{j}.py"]
            after = [(f.engine, f.rule_id) for f in fixed if not hit(f)]
            gone = sum(map(hit, fixed)) < sum(map(hit, orig))
            new = any(after.count(x) > before.count(x) for x in set(after))
            c.clean.append(gone and not new)
    return "aiharden.scan.scan_texts (bundled semgrep rules + bandit)"


def _parses(c: Case) -> bool:
    """The repaired file parses; for a fragment that does not parse on its own, the replacement alone."""
    try:
        ast.parse(c.source)
        text = _apply(c, c.outputs[0])
    except (SyntaxError, ValueError):
        text = textwrap.dedent(c.outputs[0])
    try:
        ast.parse(text)
        return True
    except (SyntaxError, ValueError):
        return False


def table(cases: list[Case], title: str) -> tuple[str, dict[str, Any]]:
    groups: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        groups[c.rule_id].append(c)
    rows, summary = [], {}
    hdr = f"| {title} | n | exact@1 | exact@n | parses@1 | scanner-clean@1 | scanner-clean@n |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for name, cs in sorted(groups.items()) + [("**all**", cases)]:
        ex = [c for c in cs if c.expected is not None]
        e1 = sum(bool(c.outputs) and _norm(c.outputs[0]) == _norm(c.expected or "") for c in ex)
        en = sum(any(_norm(o) == _norm(c.expected or "") for o in c.outputs) for c in ex)
        ps = sum(bool(c.outputs) and _parses(c) for c in cs)
        judged = [c for c in cs if c.flagged]
        cl = sum(any(c.clean) for c in judged)
        c1 = sum(bool(c.clean) and c.clean[0] for c in judged)
        pct = lambda a, b: f"{100 * a / b:.0f} % ({a}/{b})" if b else "n/a"  # noqa: E731
        rows.append(f"| {name} | {len(cs)} | {pct(e1, len(ex))} | {pct(en, len(ex))} | {pct(ps, len(cs))} | {pct(c1, len(judged))} | {pct(cl, len(judged))} |")
        summary[name] = {"n": len(cs), "exact1": e1, "exactn": en, "with_expected": len(ex), "parses": ps, "clean1": c1, "clean": cl, "judged": len(judged)}
    return hdr + "\n" + "\n".join(rows), summary


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=None, help="exported model directory (default: the shipped one)")
    ap.add_argument("--data", type=Path, default=Path("models/build/data"))
    ap.add_argument("--realistic", type=Path, default=Path(__file__).parent / "eval" / "realistic.jsonl")
    ap.add_argument("--heldout", type=int, default=500, help="synthetic test pairs to use (0: none)")
    ap.add_argument("--n-best", type=int, default=8)
    ap.add_argument("--mined", type=int, default=500, help="held-out mined pairs (unseen packages) to use (0: none)")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--no-scan", action="store_true")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    a = ap.parse_args(argv)
    model = RepairModel.load(a.model, "cpu")
    report: dict[str, Any] = {}
    sets: list[tuple[str, list[Case]]] = []
    syn = a.data / "synthetic-test.jsonl"
    if a.heldout and syn.exists():
        pairs = [json.loads(x) for x in syn.read_text(encoding="utf-8").splitlines()]
        pairs = random.Random(0).sample(pairs, min(a.heldout, len(pairs)))
        sets.append(("held-out synthetic (unseen names)", [from_pair(i, p) for i, p in enumerate(pairs)]))
    real = a.data / "real.jsonl"
    if real.exists():
        pairs = [json.loads(x) for x in real.read_text(encoding="utf-8").splitlines()]
        sets.append(("held-out real (SVEN/SafeCoder, by commit)", [from_pair(i, p) for i, p in enumerate(pairs) if p["split"] == "test"]))
    mined = a.data / "mined-test.jsonl"
    if a.mined and mined.exists():
        pairs = [json.loads(x) for x in mined.read_text(encoding="utf-8").splitlines()]
        pairs = random.Random(0).sample(pairs, min(a.mined, len(pairs)))
        sets.append(("held-out mined (unseen packages)", [from_pair(i, p) for i, p in enumerate(pairs)]))
    sets.append(("realistic hand-written", load_realistic(a.realistic)))
    for title, cases in sets:
        secs = run_model(model, cases, a.n_best, a.batch)
        scanner = "not scanned"
        if not a.no_scan and not title.startswith("held-out synthetic"):
            scanner = scan_check(cases)
        text, summary = table(cases, title)
        print(f"\n{title}: {len(cases)} cases, n_best={a.n_best}, {secs:.1f} s; scanner: {scanner}\n{text}")
        report[title] = {"summary": summary, "seconds": secs, "scanner": scanner,
                         "cases": [{"id": c.id, "rule_id": c.rule_id, "outputs": c.outputs, "clean": c.clean, "flagged": c.flagged}
                                   for c in cases] if title.startswith("realistic") else []}
    if a.json:
        a.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
