"""Re-verify every repair candidate, rung by rung: prefilter (text, parse, names, deletions), re-scan (one scan
call for all candidates), probe (the exploit in a sandbox), tests (the project's own). The highest rung a
candidate reaches is its verification level: static, exploit or tests."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from typing import Callable

from aiharden.languages import JAVASCRIPT
from aiharden.languages import of_scanned
from aiharden.repair.candidates import Candidate
from aiharden.scan.findings import Finding
from aiharden.verify import prefilter
from aiharden.verify import records as r
from aiharden.verify.judge import choose
from aiharden.verify.records import ProbeNote
from aiharden.verify.records import Repair
from aiharden.verify.records import Verdict
from aiharden.verify.rescan import rescan

__all__ = ["verify", "choose", "Verdict", "Repair", "ProbeNote"]

TestHook = Callable[[str, str], "tuple[bool | None, str, str]"]


def verify(
    findings: Sequence[Finding],
    all_findings: Mapping[str, Sequence[Finding]],
    texts: Mapping[str, str],
    candidates: Sequence[Candidate],
    *,
    bandit_skip: Sequence[str],
    timeout: float,
    run_tests: TestHook | None = None,
    probe: bool = True,
    probe_timeout: float = 15.0,
    root: Path | None = None,
    cache: bool = True,
) -> list[Verdict]:
    """One verdict per candidate. all_findings: every finding of each original file (not only changed lines)."""
    verdicts: dict[int, Verdict] = {}
    new_texts: dict[int, str] = {}
    candidates = [c if of_scanned(findings[c.finding].path) == JAVASCRIPT else
                  prefilter.with_imports(c, texts[findings[c.finding].path]) for c in candidates]
    for k, c in enumerate(candidates):
        f = findings[c.finding]
        code, message, new = prefilter.check(c, f, texts[f.path])
        if code:
            verdicts[k] = Verdict(c, False, message, code, parses=bool(new))
        else:
            new_texts[k] = new
    verdicts.update(rescan(findings, all_findings, texts, candidates, new_texts, bandit_skip=bandit_skip,
                           timeout=timeout, cache=cache))
    if probe:  # the probes run Python; JavaScript repairs stay at static unless the project's tests pass
        from aiharden.verify.probing import probe_all

        python = {k: v for k, v in verdicts.items() if of_scanned(findings[candidates[k].finding].path) != JAVASCRIPT}
        verdicts.update(probe_all(findings, all_findings, texts, candidates, python, new_texts, root=root,
                                  timeout=probe_timeout))
    for k, v in list(verdicts.items()):
        if v.accepted and v.proof_needed and v.level != "exploit":
            verdicts[k] = dataclasses.replace(v, accepted=False, level=None, code=r.TARGET_REMAINS,
                                              reason=v.proof_needed)
    if run_tests is not None:
        for k, v in list(verdicts.items()):
            if not v.accepted:
                continue
            ok, code, message = run_tests(findings[v.candidate.finding].path, new_texts[k])
            if ok is False:
                verdicts[k] = dataclasses.replace(v, accepted=False, level=None, code=code or r.TESTS_FAIL,
                                                  reason=message or "the project's tests fail with it", tests_ok=False)
            elif ok:
                verdicts[k] = dataclasses.replace(v, tests_ok=True, level="tests")
    for k, v in list(verdicts.items()):
        # a codemod's or rule fix's meaning is known; a model's rewrite that clears the scanners may still do
        # something else, so it needs a probe that drove it or the project's tests
        if v.accepted and v.candidate.source == "model" and v.level == "static":
            why = v.probe.message if v.probe and v.probe.message else "no probe ran and no test judged it"
            verdicts[k] = dataclasses.replace(v, accepted=False, level=None, code=r.UNPROVEN,
                                              reason=f"a model's rewrite is offered only when the exploit probe or "
                                                     f"the project's tests confirm it; not here: {why}")
    return [verdicts[k] for k in range(len(candidates))]
