"""The choice per finding among its verified candidates."""
from __future__ import annotations

from collections.abc import Sequence

from aiharden.repair.candidates import SOURCES
from aiharden.verify.records import LEVELS
from aiharden.verify.records import Repair
from aiharden.verify.records import Verdict


def _rank(v: Verdict) -> tuple[object, ...]:
    """A repair that leaves nothing of the weakness in its function, then the highest verification level, then
    the one that leaves its lines cleanest, then a mechanical one before the model's, then the smallest: a
    codemod or rule fix, whose meaning is known, beats a model's guess that happens to clear the same finding."""
    return (bool(v.left_in_function), -LEVELS.index(v.level or "static"), v.left_in_region,
            v.candidate.source == "model", v.candidate.size(), SOURCES.index(v.candidate.source))


def choose(n_findings: int, verdicts: Sequence[Verdict]) -> list[Repair]:
    repairs = []
    for i in range(n_findings):
        mine = [v for v in verdicts if v.candidate.finding == i]
        ok = sorted((v for v in mine if v.accepted), key=_rank)
        if ok:
            best = ok[0]
            if best.left_in_function:
                repairs.append(Repair(i, "partial", best, tuple(mine),
                                      f"the same weakness is left in the function: {'; '.join(best.left_in_function)}",
                                      left=best.left_in_function))
            else:
                repairs.append(Repair(i, "fixed", best, tuple(mine), ""))
        elif mine:
            first = sorted(mine, key=lambda v: _order(v.code))[0]
            reasons = sorted({v.reason for v in mine}, key=lambda m: m != first.reason)
            repairs.append(Repair(i, "rejected", None, tuple(mine), "; ".join(reasons), first.code))
        else:
            repairs.append(Repair(i, "unrepaired", None, (), "no repair candidate for this pattern", "no-candidate"))
    return repairs


def _order(code: str) -> int:
    """The most telling reason first: what the probe saw, then what the scan saw, then the rest."""
    from aiharden.verify import records as r

    first = (r.STILL_EXPLOITABLE, r.CHANGES_BEHAVIOUR, r.TESTS_FAIL, r.INTRODUCES, r.TARGET_REMAINS)
    return first.index(code) if code in first else len(first)
