"""SQL injection (CWE-89): every statement reaches a recording sqlite connection with its parameters.

Hostile input must not change the statement's structure (it arrives as a parameter); benign input must give
the same statement once the parameters are bound into it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome_differs
from aiharden.probe.family import short

_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|\d+(?:\.\d+)?|\?|%s|%\(\w+\)s|:\w+|\$\d+|\w+|--[^\n]*|/\*.*?\*/|\S""",
                    re.S)
_PLACEHOLDER = re.compile(r"\?|%s|%\(\w+\)s|(?<![:\w]):\w+|\$\d+")


def structure(sql: str) -> tuple[str, ...]:
    """The statement with every literal and placeholder reduced to one mark: injection changes this."""
    out = []
    for tok in _TOKEN.findall(sql):
        if tok[0] in "'\"" or tok[0].isdigit() or _PLACEHOLDER.fullmatch(tok):
            out.append("·")
        elif tok.startswith(("--", "/*")):
            out.append("comment")
        else:
            out.append(tok.lower())
    return tuple(out)


def _quote(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict) and "bytes" in v:
        v = v["bytes"]
    return "'" + str(v).replace("'", "''") + "'"


def bound(sql: str, params: Any) -> str:
    """The statement with its parameters written in, as the database would read it."""
    if isinstance(params, dict) and "bytes" not in params:
        text = re.sub(r"%\((\w+)\)s|(?<![:\w]):(\w+)", lambda m: _quote(params.get(m[1] or m[2])), sql)
    else:
        items = list(params) if isinstance(params, list) else []
        it = iter(items)
        text = re.sub(r"\?|%s|\$\d+", lambda m: _quote(next(it, None)), sql)
    # '20' and 20 read the same to the database in a comparison or a LIMIT
    return " ".join(t.lower() if not t.startswith("'") else (t[1:-1] if _NUMBER.fullmatch(t[1:-1]) else t)
                    for t in _TOKEN.findall(text))


_NUMBER = re.compile(r"-?\d+(\.\d+)?")


class SQL(Family):
    name = "sql"
    cwes = frozenset({89, 564})
    sink = "the database"
    benign_text = ("7", "alice")  # "7" reads the same in a quoted slot and a numeric one

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile("x' OR '1'='1", "x' OR '1'='1"), Hostile('x" OR "1"="1', 'x" OR "1"="1'),
                Hostile("1 OR 1=1", "1 OR 1=1"), Hostile("x'); DROP TABLE t; --", "x'); DROP TABLE t; --")]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        marker = str(payload.value).lower()  # the code may have lower-cased or stripped it on the way
        for e in events(obs, "sql"):
            text = str(e["text"]).lower()
            if marker in text and structure(text) != structure(text.replace(marker, "alice")):
                return f"{payload.label!r} reaches the SQL text"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return [bound(e["text"], e.get("params")) for e in events(obs, "sql")]

    def compared(self, orig: Sequence[Obs], cand: Sequence[Obs]) -> list[tuple[Obs, Obs]]:
        # the statement is recorded before the database runs it: a missing table still shows what was sent,
        # while a statement the database rejects for the input itself (no such column) says the input was wrong
        return [(o, c) for o, c in zip(orig, cand) if events(o, "sql") and (
            "raised" not in o or "no such table" in o["raised"].get("message", ""))]

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in self.compared(orig, cand):
            if "raised" not in o and (why := outcome_differs(o, c)):
                return why
            a, b = self.sink_view(o, ctx), self.sink_view(c, ctx)
            if a != b:
                return f"{self.sink} gets {short(b)} where the original gave {short(a)}"
        return ""
