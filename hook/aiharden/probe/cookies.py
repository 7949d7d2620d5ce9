"""Session cookies without their flags (CWE-614, 1004, 1275): the cookies a response sets are read from it.

Every call is a try: a cookie with a value that lacks Secure or HttpOnly is the exploit (read on the wire, read by
page scripts). Benign runs must answer the same (status, redirect, body) and set the same cookies by name."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import outcome


def _cookies(obs: Obs) -> list[str]:
    returned: Any = obs.get("returned")
    return list(returned.get("cookies") or ()) if isinstance(returned, dict) else []


def _deletes(cookie: str) -> bool:
    name, _, rest = cookie.partition("=")
    value = rest.split(";", 1)[0].strip().strip('"')
    return not value or "max-age=0" in cookie.lower().replace(" ", "")


class Cookies(Family):
    name = "cookie"
    cwes = frozenset({614, 1004, 1275})
    sink = "the response's cookies"
    compare_returns = False
    sign_in = True  # session cookies are set once the credentials pass

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for cookie in _cookies(obs):
            flags = {part.strip().split("=", 1)[0].lower() for part in cookie.split(";")[1:]}
            missing = [f for f, name in (("secure", "Secure"), ("httponly", "HttpOnly")) if f not in flags]
            if missing and not _deletes(cookie):
                label = " and ".join("Secure" if m == "secure" else "HttpOnly" for m in missing)
                return f"the cookie {cookie.split('=', 1)[0]} is set without {label}"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in self.compared(orig, cand):
            ro, rc = o.get("returned"), c.get("returned")
            if ("raised" in o) != ("raised" in c) or not isinstance(ro, dict) or not isinstance(rc, dict):
                if ro != rc or ("raised" in o) != ("raised" in c):
                    return f"{outcome(c)} where the original {outcome(o)}"
                continue
            for key in ("status", "location", "body"):
                if ro.get(key) != rc.get(key):
                    return f"{outcome(c)} where the original {outcome(o)}" if key != "body" else \
                        "answers with a different body"
            names_o = [x.split("=", 1)[0] for x in _cookies(o)]
            names_c = [x.split("=", 1)[0] for x in _cookies(c)]
            if names_o != names_c:
                return f"sets the cookies {names_c} where the original set {names_o}"
        return ""
