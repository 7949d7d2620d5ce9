"""HTTP response splitting (CWE-113): a CR/LF and a header of the probe's own in every input. The forged header
starting a line of its own in what the function returns (a header mapping, a response head it writes out, a
response's headers) is the exploit. Benign input must give the same headers.

A framework that refuses a header value holding a newline (Werkzeug raises) is not exploitable that way, and the
probe does not count the refusal as an exploit."""
from __future__ import annotations

import re

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import strings

FORGED = "X-Probe-Injected: 1"
_STARTS_LINE = re.compile(rf"[\r\n]\s*{re.escape(FORGED)}", re.I)


class Headers(Family):
    name = "headers"
    cwes = frozenset({113})
    sink = "the response headers"

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(f"report\r\n{FORGED}", "a CRLF and a header of its own"),
                Hostile(f"report\n{FORGED}", "a newline and a header of its own")]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        returned = obs.get("returned")
        headers = returned.get("headers") if isinstance(returned, dict) else None
        if isinstance(headers, dict) and any(k.lower() == FORGED.split(":")[0].lower() for k in headers):
            return f"{payload.label} adds a header to the response"
        if any(_STARTS_LINE.search(s) for s in strings(returned)):
            return f"{payload.label} starts a header line of its own"
        return ""
