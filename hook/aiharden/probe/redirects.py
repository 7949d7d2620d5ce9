"""Open redirect (CWE-601): off-site targets in every input; a Location (or a returned URL) whose host is the
attacker's is the exploit. Same-site paths must redirect where they did."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import strings

PAYLOADS = ("https://evil.example/login", "//evil.example/login", "/\\evil.example/login", "https:/\\evil.example/",
            "\\\\evil.example/login", "  https://evil.example/")


def offsite(url: str) -> bool:
    cleaned = url.strip().replace("\\", "/")
    try:
        host = urlsplit(cleaned).hostname or ""
    except ValueError:
        return False
    if host.endswith("evil.example"):
        return True
    return cleaned.startswith(("//evil.example", "/\\evil.example")) or cleaned.lstrip("/").startswith("evil.example")


class Redirects(Family):
    name = "redirect"
    cwes = frozenset({601})
    sink = "the redirect"
    benign_text = ("/dashboard", "/account/settings?tab=2")
    sign_in = True  # the `next` of a login form is followed once the credentials pass

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(p, p) for p in PAYLOADS]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        returned: Any = obs.get("returned")
        if isinstance(returned, dict) and "status" in returned:
            loc = returned.get("location") or ""
            if loc and offsite(loc):
                return f"{payload.label!r} redirects to {loc}"
            return ""
        for s in strings(returned):
            if offsite(s):
                return f"{payload.label!r} comes back as the redirect target {s}"
        return ""
