"""Several findings of one weakness in one function are repaired together: the candidates of each, merged into
one rewrite and verified as a whole. Setting `check_hostname = True` fails while `verify_mode` is still
CERT_NONE, and each fix alone leaves the other half of the weakness: only both together are a repair."""
from __future__ import annotations

import itertools
from collections.abc import Mapping
from collections.abc import Sequence

from aiharden.languages import PYTHON
from aiharden.languages import of_scanned
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import apply_edits
from aiharden.scan.findings import Finding
from aiharden.verify import records as r
from aiharden.verify.records import Verdict
from aiharden.verify.rescan import function_span
from aiharden.verify.rescan import weakness

MAX_COMBINATIONS = 4
# a candidate that passed the static gate and was turned down only by what the probe saw can be half of a fix
_HALF = (r.STILL_EXPLOITABLE, r.CHANGES_BEHAVIOUR, "")


def groups(findings: Sequence[Finding], texts: Mapping[str, str]) -> list[list[int]]:
    """Findings of one weakness family inside one function, or at the top level of one module (two patterns
    compiled there, both used by one function), two or more of them."""
    by_key: dict[tuple[str, str, str], list[int]] = {}
    for i, f in enumerate(findings):
        if not f.cwe or of_scanned(f.path) != PYTHON:  # the candidates are Python rewrites
            continue
        span = function_span(texts[f.path], f.region.start_line)
        by_key.setdefault((f.path, span[0] if span else "", weakness(f.cwe[0])), []).append(i)
    return [g for g in by_key.values() if len({findings[i].region.start_line for i in g}) > 1]


def combined(findings: Sequence[Finding], texts: Mapping[str, str],
             verdicts: Sequence[Verdict]) -> list[Candidate]:
    """For each group: merged candidates, one copy per finding of the group (each judged on its own target)."""
    out: list[Candidate] = []
    for group in groups(findings, texts):
        options = []
        for i in group:
            mine = [v.candidate for v in verdicts if v.candidate.finding == i and v.parses and v.target_fixed
                    and (v.accepted or v.code in _HALF)]
            options.append(sorted(mine, key=lambda c: (c.source == "model", c.size()))[:2])
        if not all(options):
            continue
        text = texts[findings[group[0]].path]
        for combo in itertools.islice(itertools.product(*options), MAX_COMBINATIONS):
            edits = tuple(dict.fromkeys(e for c in combo for e in c.edits))
            try:
                apply_edits(text, edits)
            except ValueError:  # overlapping rewrites of one line cannot be merged
                continue
            name = " + ".join(c.name for c in combo)
            source = "model" if any(c.source == "model" for c in combo) else combo[0].source
            out += [Candidate(i, source, f"combined: {name}", edits) for i in group]
    return out
