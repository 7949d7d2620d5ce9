"""The exploit rung: each finding's statically accepted candidates, probed together with the original in one
sandboxed child (probe/). Findings are probed two at a time."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiharden.repair.candidates import Candidate
from aiharden.scan.findings import Finding
from aiharden.verify import records as r
from aiharden.verify.records import ProbeNote
from aiharden.verify.records import Verdict

WORKERS = 2


def _sink_lines(c: Candidate, new: str, flagged: frozenset[int]) -> frozenset[int]:
    """The candidate's lines that stand for the flagged statement: those it wrote and those that map back to it."""
    from aiharden.verify.rescan import line_map

    to_original = line_map(c.edits)
    return frozenset(n for n in range(1, new.count("\n") + 2) if (o := to_original(n)) is None or o in flagged)


def probe_all(findings: Sequence[Finding], all_findings: Mapping[str, Sequence[Finding]], texts: Mapping[str, str],
              candidates: Sequence[Candidate], verdicts: dict[int, Verdict], new_texts: Mapping[int, str], *,
              root: Path | None, timeout: float) -> dict[int, Verdict]:
    """The verdicts again, with the probe's word on every accepted candidate."""
    from aiharden.probe import probe
    from aiharden.repair.candidates import statement_span
    from aiharden.verify.rescan import function_span

    groups: dict[int, list[int]] = {}
    for k, v in verdicts.items():
        if v.accepted:
            groups.setdefault(candidates[k].finding, []).append(k)

    def run(i: int) -> tuple[int, object]:
        f = findings[i]
        span = function_span(texts[f.path], f.region.start_line)
        in_function = sorted({c for g in all_findings.get(f.path, ()) for c in g.cwe
                              if span and span[1] <= g.region.start_line <= span[2]})
        first, last = statement_span(texts[f.path], f.region.start_line, f.region.end_line)
        flagged = frozenset(range(first, last + 1))
        lines = {"original": flagged, **{str(k): _sink_lines(candidates[k], new_texts[k], flagged) for k in groups[i]}}
        return i, probe(texts[f.path], f.path, f.region.start_line, list(f.cwe),
                        {str(k): new_texts[k] for k in groups[i]}, root=root, function_cwes=in_function,
                        timeout=timeout, sink_lines=lines)

    out = dict(verdicts)
    if not groups:
        return out
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(groups))) as pool:
        reports = list(pool.map(run, groups))
    for i, report in reports:
        for k in groups[i]:
            res = report.results[str(k)]  # type: ignore[attr-defined]
            note = ProbeNote(report.family, res.status, res.message or report.why_not,  # type: ignore[attr-defined]
                             report.shown, report.payloads, round(report.seconds, 3))  # type: ignore[attr-defined]
            v = dataclasses.replace(out[k], probe=note)
            if res.status == "exploitable":
                v = dataclasses.replace(v, accepted=False, level=None, code=r.STILL_EXPLOITABLE,
                                        reason=f"still exploitable: {res.message}")
            elif res.status == "changed":
                v = dataclasses.replace(v, accepted=False, level=None, code=r.CHANGES_BEHAVIOUR,
                                        reason=f"changes behaviour: {res.message}")
            elif res.status == "blocked":
                v = dataclasses.replace(v, level="exploit")
            out[k] = v
    return out
