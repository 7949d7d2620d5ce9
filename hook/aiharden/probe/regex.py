"""Regular expressions that backtrack (CWE-1333, 730): the time a match takes, and the patterns the code compiles.

Two exploits. A pattern with nested quantifiers: each input slot gets a run of one character (`a`, `1`, a space,
...) ended by `!`, grown two characters at a time until a call takes 80 ms; time that multiplies with every two
characters (2.5× or more, twice in a row) is catastrophic backtracking. A pattern taken from the caller: a pattern
that backtracks, `(a+)+$`, must not reach the regular expression engine as a pattern (escaped, it is plain text).
Benign input: a plain word and the short values of the file and its tests, which must give the same results.
Polynomial backtracking (a quadratic `\\s*$`) grows too slowly to show at these lengths and is not seen.
"""
from __future__ import annotations

import re

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

EVIL_PATTERN = "(a+)+$"
UNITS = ("a", "1", "A", " ", "a.", "a-")  # what a run is made of: letters, digits, separators
MIN_SECONDS = 0.04  # the last call at least this slow ...
MIN_RATIO = 2.5  # ... after growing this much for each of the last two steps
_PLAIN = re.compile(r"[\w@]{1,40}")  # values re.escape leaves as they are


class Regex(Family):
    name = "regex"
    cwes = frozenset({1333, 730})
    sink = "the regular expression engine"
    preload = ("re",)

    def benign(self, ctx: Context) -> list[str]:
        plain = [lit for lit in ctx.literals if _PLAIN.fullmatch(lit) and not lit.isspace()]
        return list(dict.fromkeys(["report", *plain[:5]]))

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(EVIL_PATTERN, f"a pattern that backtracks, {EVIL_PATTERN}"),
                *(Hostile("{GROW}!", f"{unit!r} repeated, then '!'", grow=unit) for unit in UNITS)]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if payload.grow:
            return _catastrophic(obs.get("growth") or [], payload.grow)
        for e in events(obs, "regex"):
            if isinstance(e.get("pattern"), str) and EVIL_PATTERN in e["pattern"]:
                return f"the caller's text {EVIL_PATTERN} is compiled as a regular expression"
        return ""


def _catastrophic(growth: list[list[float]], unit: str) -> str:
    if len(growth) < 3:
        return ""
    (_, t0), (_, t1), (n2, t2) = growth[-3:]
    if t2 >= MIN_SECONDS and t1 >= MIN_RATIO * max(t0, 1e-4) and t2 >= MIN_RATIO * t1:
        return f"matching {unit!r} × {int(n2)} then '!' takes {t2:.2f} s, {t2 / max(t1, 1e-6):.0f}× the time of " \
               f"two characters fewer (catastrophic backtracking)"
    return ""
