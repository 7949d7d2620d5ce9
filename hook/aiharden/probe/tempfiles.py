"""Insecure temporary files (CWE-377, 379): a name from tempfile.mktemp (another process can create the file
first), or a file written under a fixed name in a shared temporary folder, is the exploit. The candidate must
keep what the function returns and what it writes (a temporary name differs on every run, so only its form is
compared)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome

_SHARED = re.compile(r"^/(var/)?tmp/")


class TempFiles(Family):
    name = "tempfile"
    cwes = frozenset({377, 379})
    sink = "the temporary file"
    compare_returns = False

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if any(e.get("fn") == "mktemp" for e in events(obs, "tempfile")):
            return "the file name comes from tempfile.mktemp: another process can create it first"
        for e in events(obs, "open"):
            if _SHARED.match(str(e["path"])) and not e.get("private") and any(m in str(e.get("mode", "")) for m in "wa"):
                return f"{e['path']} is written under a name any local user can guess and create first"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in zip(orig, cand):
            if ("raised" in o) != ("raised" in c):
                return f"{outcome(c)} where the original {outcome(o)}"
            if type(o.get("returned")).__name__ != type(c.get("returned")).__name__:
                return f"returns {_kind(c)} where the original returned {_kind(o)}"
            if len(_written(o)) != len(_written(c)):
                return f"writes {len(_written(c))} file(s) where the original wrote {len(_written(o))}"
        return ""


def _kind(obs: Obs) -> str:
    return type(obs.get("returned")).__name__


def _written(obs: Obs) -> list[Any]:
    return [e for e in events(obs, "written")]
