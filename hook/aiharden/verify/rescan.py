"""The static gate's re-scan: every candidate that passed the prefilter, re-scanned in ONE scan call. Judged:
the target is gone, nothing new appears anywhere in the file, and what is left of the same weakness in the
enclosing function is listed."""
from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Callable

from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.scan import scan_texts
from aiharden.scan.findings import Finding
from aiharden.util import split_lines
from aiharden.verify import records as r
from aiharden.verify.records import Verdict


def line_map(edits: Sequence[Edit]) -> Callable[[int], int | None]:
    """New line number → original line number; None for lines an edit wrote."""
    spans = []  # (first new line, last new line, total shift after this edit)
    delta = 0
    for e in sorted(edits, key=lambda e: e.start_line):
        n_new = len(split_lines(e.text))
        new_start = e.start_line + delta
        delta += n_new - (e.end_line - e.start_line + 1)
        spans.append((new_start, new_start + n_new - 1, delta))

    def to_original(line: int) -> int | None:
        shift = 0
        for new_start, new_end, after in spans:
            if line < new_start:
                break
            if line <= new_end:
                return None
            shift = after
        return line - shift

    return to_original


def _edited_lines(edits: Sequence[Edit]) -> set[int]:
    return {n for e in edits for n in range(e.start_line, e.end_line + 1)}


def _same(a: Finding, b: Finding) -> bool:
    return a.rule_id == b.rule_id and a.cwe == b.cwe


def weakness(cwe: int) -> str:
    """The family a CWE belongs to (SQL injection, path traversal, ...): what "the same weakness" means."""
    from aiharden.probe import family_for

    fam = family_for([cwe])
    return fam.name if fam else f"cwe-{cwe}"


def _functions(text: str) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """(qualified name, node) of every top-level function and method."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    out = []
    for node in tree.body:
        bodies = [(node.name + ".", n) for n in node.body] if isinstance(node, ast.ClassDef) else [("", node)]
        out += [(prefix + fn.name, fn) for prefix, fn in bodies if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return out


def function_span(text: str, line: int) -> tuple[str, int, int] | None:
    """(qualified name, first line, last line) of the top-level function or method holding line."""
    return next(((name, fn.lineno, fn.end_lineno or fn.lineno) for name, fn in _functions(text)
                 if fn.lineno <= line <= (fn.end_lineno or 0)), None)


def _named_span(text: str, name: str) -> tuple[int, int] | None:
    return next(((fn.lineno, fn.end_lineno or fn.lineno) for qual, fn in _functions(text) if qual == name), None)


def rescan(findings: Sequence[Finding], all_findings: Mapping[str, Sequence[Finding]], texts: Mapping[str, str],
           candidates: Sequence[Candidate], new_texts: Mapping[int, str], *, bandit_skip: Sequence[str],
           timeout: float, cache: bool = True) -> dict[int, Verdict]:
    """A verdict for each candidate of new_texts (by index), from one scan of all of them."""
    scan_in = {f"c{k}/{findings[candidates[k].finding].path}": new for k, new in new_texts.items()}
    result = scan_texts(scan_in, bandit_skip=bandit_skip, timeout=timeout, cache=cache) if scan_in else None
    if result is not None and result.incomplete:  # what semgrep never looked at is not verified
        return {k: Verdict(candidates[k], False, "the re-scan did not finish (semgrep timed out), so nothing is "
                                                 "verified", r.RESCAN_INCOMPLETE, parses=True) for k in new_texts}
    by_file: dict[str, list[Finding]] = {}
    for g in result.findings if result else ():
        by_file.setdefault(g.path, []).append(g)
    reported = {(f.path, f.rule_id, f.cwe, f.region.start_line) for f in findings}
    verdicts = {}
    for k, new in new_texts.items():
        c = candidates[k]
        f = findings[c.finding]
        original = list(all_findings.get(f.path, ()))
        to_original = line_map(c.edits)
        edited = _edited_lines(c.edits)
        target = {j for j, o in enumerate(original) if _same(o, f) and o.region.start_line == f.region.start_line}
        remaining, introduced, target_left = [], [], []
        matched: set[int] = set()
        for g in by_file.get(f"c{k}/{f.path}", []):
            line = to_original(g.region.start_line)
            hits = {j for j, o in enumerate(original) if _same(o, g) and (
                (line is None and o.region.start_line in edited) or line == o.region.start_line)}
            if hits:
                matched.update(hits)
                remaining.append(g)
            else:
                introduced.append(g)
            # the target itself, or a finding of its kind on the rewritten lines that the original did not have
            # (the weakness moved); another weakness that was already there is not the target
            near = line in (None, f.region.start_line) and (g.rule_id == f.rule_id or bool(set(g.cwe) & set(f.cwe)))
            if hits & target if hits and target else near:
                target_left.append(g)
        fixed_cwes = tuple(sorted({c2 for j, o in enumerate(original) if j not in matched for c2 in o.cwe}))
        introduced = [g for g in introduced if g not in target_left]
        intro_cwes = tuple(sorted({c2 for g in introduced for c2 in g.cwe}))
        left = sum(1 for g in remaining if to_original(g.region.start_line) is None)
        base = Verdict(c, True, parses=True, target_fixed=not target_left, fixes_cwe=fixed_cwes,
                       introduces_cwe=intro_cwes, introduced=tuple(introduced), left_in_region=left)
        if target_left:
            g = target_left[0]
            verdicts[k] = dataclasses.replace(
                base, accepted=False, code=r.TARGET_REMAINS,
                reason=f"{g.rule_id} still reports CWE-{g.cwe[0] if g.cwe else '?'} on the rewritten code")
        elif introduced:
            g = introduced[0]
            verdicts[k] = dataclasses.replace(
                base, accepted=False, code=r.INTRODUCES,
                reason=f"the rewrite introduces {', '.join(f'CWE-{x}' for x in intro_cwes)} "
                       f"({g.rule_id}, line {g.region.start_line})")
        else:
            verdicts[k] = dataclasses.replace(base, level="static", proof_needed=_suppresses(c, texts[f.path]),
                                              left_in_function=_left_in_function(
                f, texts[f.path], new, remaining, to_original, reported))
    return verdicts


def _left_in_function(f: Finding, text: str, new: str, remaining: Sequence[Finding],
                      to_original: Callable[[int], int | None],
                      reported: set[tuple[str, str, tuple[int, ...], int]]) -> tuple[str, ...]:
    """The same weakness still somewhere in the enclosing function, other reported findings aside (their own
    repairs handle them)."""
    span = function_span(text, f.region.start_line)
    if span is None:
        return ()
    new_span = _named_span(new, span[0])
    if new_span is None:
        return ()
    kinds = {weakness(c) for c in f.cwe}
    out = []
    for g in remaining:
        if not (new_span[0] <= g.region.start_line <= new_span[1]) or not kinds & {weakness(c) for c in g.cwe}:
            continue
        line = to_original(g.region.start_line)
        if line is not None and (f.path, g.rule_id, g.cwe, line) in reported and line != f.region.start_line:
            continue
        out.append(f"CWE-{g.cwe[0] if g.cwe else '?'} at line {g.region.start_line} ({g.rule_id})")
    return tuple(out)


_SUPPRESS = re.compile(r"#\s*(nosec|nosemgrep)\b")


def _suppresses(c: Candidate, text: str) -> str:
    """A candidate that writes a scanner suppression the file did not have: the re-scan's silence is its own doing,
    so only the exploit probe can accept it."""
    lines = text.splitlines()
    added = sum(len(_SUPPRESS.findall(e.text)) - sum(len(_SUPPRESS.findall(old))
                                                     for old in lines[e.start_line - 1:e.end_line]) for e in c.edits)
    return "the rewrite adds a scanner suppression (# nosec), so only the exploit probe can show the weakness is " \
           "gone" if added > 0 else ""
