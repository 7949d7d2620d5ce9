"""Secrets compared in variable time (CWE-208): the caller's value arrives as a text that records each `==` or `!=`
it takes part in (a str subclass, so `expected == given` asks it first). Compared that way with a value of 8
characters or more that is not a word of the file's own (a digest, a key, a token), it is the exploit: `==` stops
at the first differing character, so the time a guess takes tells how much of it is right. A candidate blocks it
only when the value is seen reaching `hmac.compare_digest` (or `secrets.compare_digest`). Benign input: a wrong guess and the file's own values, which must be treated
as before. What the value loses on the way (`.strip()`, `.encode()`, a web framework's own strings) no longer
records: the exploit is then not shown."""
from __future__ import annotations

import re
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

GUESS = "probe-guess-0123456789abcdef"
_SECRET_LIKE = re.compile(r"[A-Za-z0-9_+/=.:-]{8,}")


class Compare(Family):
    name = "compare"
    cwes = frozenset({208})
    sink = "the comparison"
    benign_text = (GUESS, "clé-ünïcode-guess-0123")  # compare_digest refuses text beyond ASCII: a new exception

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile({"$": "spy", "text": GUESS}, "a guess of the secret")]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "compare"):
            other = str(e.get("other", ""))
            if e.get("length", 0) >= 8 and _SECRET_LIKE.fullmatch(other) and not (
                    other in ctx.literals and not any(c.isdigit() for c in other)):
                return f"the caller's value is compared with {e.get('op', '==')} to a {e['length']}-character " \
                       f"secret (the time it takes tells how much of a guess is right)"
        return ""

    def witnessed(self, obs: Obs) -> bool:
        return any(e.get("constant_time") for e in events(obs, "compare"))

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return None
