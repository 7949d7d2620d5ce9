"""Host checks by suffix or prefix (CWE-20 in an allow-list of hosts): hosts that end or start with an allowed
domain without being it or one of its subdomains (`evilexample.com`, `example.com.evil.test`), as URLs and as bare
names, in every input. The function accepting such a host (returning True) or sending a request to it is the
exploit. Benign input: the allowed domain and a subdomain of it, which must be treated as before."""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

_HOST = re.compile(r"\.?[a-z0-9-]+(\.[a-z0-9-]+)+")


def domains(ctx: Context) -> list[str]:
    """The file's domain literals (`example.com`, `.example.com`), without the leading dot."""
    found = [lit.lstrip(".") for lit in ctx.literals if _HOST.fullmatch(lit) and not lit[-1].isdigit()]
    return list(dict.fromkeys(found))[:2] or ["example.com"]


class Hosts(Family):
    name = "hosts"
    cwes = frozenset({20})
    sink = "the host check"
    preload = ("requests", "httpx", "urllib.request")
    reached = ("connect", "http")

    def benign(self, ctx: Context) -> list[str]:
        d = domains(ctx)[0]
        return [f"https://{d}/status", f"https://status.{d}/status", d, f"status.{d}"]

    def hostile(self, ctx: Context) -> list[Hostile]:
        out = []
        # a name that is one of the file's domains or a subdomain of one (evildocs.example.com where example.com
        # is allowed too) is no attack
        allowed = [lit.lstrip(".") for lit in ctx.literals if _HOST.fullmatch(lit) and not lit[-1].isdigit()]
        for d in domains(ctx):
            for host in (f"evil{d}", f"{d}.evil.test"):
                if any(host == a or host.endswith("." + a) for a in allowed):
                    continue
                out += [Hostile(f"https://{host}/status", f"https://{host}/"), Hostile(host, host)]
        return out

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        host = urlparse(payload.value).hostname if "://" in payload.value else payload.value
        if obs.get("returned") is True:
            return f"{host} passes the check"
        for e in events(obs, "http"):
            if e.get("url") and urlparse(str(e["url"])).hostname == host:
                return f"a request goes to {host}"
        for e in events(obs, "connect"):
            if str(e["host"]) == host:
                return f"a connection goes to {host}"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return sorted({str(urlparse(str(e["url"])).hostname) for e in events(obs, "http") if e.get("url")})
