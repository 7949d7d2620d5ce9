"""Error details in responses (CWE-209, 200, 497): the database or a file the function uses fails with a message
that names a canary table and path. The canary (or a traceback) in what the function returns or answers is the
exploit. Without the failure, benign runs must behave as before."""
from __future__ import annotations

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import output_text

CANARY = "probe_canary_internal"  # the child's injected failures carry it (child.FAULT_TEXT)


class Errors(Family):
    name = "errors"
    cwes = frozenset({209, 200, 497})
    sink = "the response"
    fault = True  # hostile calls run with the function's database and files failing

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        text = output_text({k: v for k, v in obs.items() if k != "raised"})
        if CANARY in text:
            return "the text of an internal error (the failing statement, a server path) reaches the caller"
        if "Traceback (most recent call last)" in text:
            return "a traceback reaches the caller"
        return ""
