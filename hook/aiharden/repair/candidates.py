"""Repair candidates for findings, from three sources: codemods (libcst for Python, tree-sitter for JavaScript and
TypeScript), the rule's fix, the model's n-best (Python only).

None is trusted here: every candidate goes through the same verification (verify.py).
"""
from __future__ import annotations

import ast
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiharden.languages import JAVASCRIPT
from aiharden.languages import PYTHON
from aiharden.languages import of_scanned
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.scan.findings import Finding
from aiharden.util import lines_with_ends

if TYPE_CHECKING:
    from aiharden.repair.model import RepairModel

SOURCES = ("codemod", "rule", "model")
MAX_CANDIDATE_CHARS = 6_000  # a repair is a statement or two, or a helper added once; anything longer is not one


@dataclass(frozen=True)
class Candidate:
    finding: int  # index of its finding in the run's findings
    source: str  # codemod, rule or model
    name: str
    edits: tuple[Edit, ...]

    def apply(self, text: str) -> str:
        return apply_edits(text, self.edits)

    def size(self) -> int:
        return sum(len(e.text) + 40 * (e.end_line - e.start_line + 1) for e in self.edits)


def statement_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Lines of the innermost simple statement(s) holding start..end; the lines themselves if none."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return start, end
    best: tuple[int, int] | None = None
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and not hasattr(node, "body"):
            s, e = node.lineno, node.end_lineno or node.lineno
            if s <= start and end <= e and (best is None or e - s < best[1] - best[0]):
                best = (s, e)
    return best or (start, end)


def rule_fix(index: int, f: Finding, text: str) -> Candidate | None:
    """The semgrep rule's autofix, as a whole-line edit of the lines it spans."""
    if f.fix is None or f.region.end_line < f.region.start_line:
        return None
    from aiharden.repair.codemods import vetoed

    # what makes the codemod decline makes the rule's one-line fix wrong as well
    if of_scanned(f.path) == PYTHON and vetoed(f.rule_id, text):
        return None
    lines = lines_with_ends(text)
    if f.region.end_line > len(lines):
        return None
    first, last = lines[f.region.start_line - 1], lines[f.region.end_line - 1]
    new = first[: f.region.start_col - 1] + f.fix + last[max(f.region.end_col - 1, 0):]
    return Candidate(index, "rule", f"{f.rule_id}-fix", (Edit(f.region.start_line, f.region.end_line, new),))


def _unique(cands: list[Candidate], texts: Mapping[str, str], findings: Sequence[Finding]) -> list[Candidate]:
    seen: set[tuple[int, str]] = set()
    out = []
    for c in cands:
        try:
            new = c.apply(texts[findings[c.finding].path])
        except ValueError:
            continue
        if (c.finding, new) not in seen and new != texts[findings[c.finding].path]:
            seen.add((c.finding, new))
            out.append(c)
    return out


def gather(
    findings: Sequence[Finding],
    texts: Mapping[str, str],
    *,
    model: RepairModel | None = None,
    n_best: int = 8,
    paramstyle: str | None = None,
    only: Sequence[int] | None = None,
) -> list[Candidate]:
    """Every candidate for every finding (or the findings indexed by only), de-duplicated by the text it makes."""
    from aiharden.repair import codemods
    from aiharden.repair import js

    cands: list[Candidate] = []
    requests = []
    for i, f in enumerate(findings):
        if only is not None and i not in set(only):
            continue
        text = texts[f.path]
        if of_scanned(f.path) == JAVASCRIPT:  # tree-sitter codemods and the rule's fix; the model reads Python
            for fix in js.propose(text, f.path, f.rule_id, f.cwe, f.region.start_line, f.region.end_line):
                cands.append(Candidate(i, "codemod", fix.name, fix.edits))
            if (c := rule_fix(i, f, text)) is not None:
                cands.append(c)
            continue
        start, end = statement_span(text, f.region.start_line, f.region.end_line)
        for fix in codemods.propose(text, f.rule_id, f.cwe, start, end, paramstyle=paramstyle):
            cands.append(Candidate(i, "codemod", fix.name, fix.edits))
        if (c := rule_fix(i, f, text)) is not None:
            cands.append(c)
        requests.append((i, start, end))
    if model is not None and requests and n_best > 0:
        from aiharden.repair.model import RepairRequest

        reqs = [RepairRequest(findings[i].cwe[0] if findings[i].cwe else 0, findings[i].rule_id,
                              texts[findings[i].path], s, e) for i, s, e in requests]
        for (i, s, e), outputs in zip(requests, model.generate(reqs, n_best=n_best)):
            for rank, out in enumerate(outputs):
                cands.append(Candidate(i, "model", f"model-{rank + 1}", (Edit(s, e, out),)))
    return _unique(cands, texts, findings)
