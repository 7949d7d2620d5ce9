"""Debug mode in production (CWE-489, 215, 94): a Flask app served with debug on, or returned with debug on, is
the exploit (the debugger runs code for whoever reaches it). The candidate must serve on the same host and port."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome


class Debug(Family):
    name = "debug"
    cwes = frozenset({489, 215})
    sink = "the server"
    compare_returns = False
    preload = ("flask",)

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if any(e.get("debug") for e in events(obs, "serve")):
            return "the app is served with the debugger on"
        returned: Any = obs.get("returned")
        if isinstance(returned, dict) and returned.get("debug") is True:
            return f"the {returned.get('object', 'app')} comes back with debug on"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in zip(orig, cand):
            if ("raised" in o) != ("raised" in c):
                return f"{outcome(c)} where the original {outcome(o)}"
            a = [(e.get("host"), e.get("port")) for e in events(o, "serve")]
            b = [(e.get("host"), e.get("port")) for e in events(c, "serve")]
            if a != b:
                return f"serves on {b} where the original served on {a}"
        return ""
