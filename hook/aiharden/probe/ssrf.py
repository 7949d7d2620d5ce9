"""Server-side request forgery (CWE-918): internal addresses in every input. The sandbox has no network:
names resolve to a public test address (localhost to loopback) and every connection is recorded and refused. A
connection to a loopback, private or link-local address, or a file read through the URL, is the exploit.
Benign URLs (the file's own hosts, or a public one when it names none) must reach the same hosts."""
from __future__ import annotations

import ipaddress
import re
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

PAYLOADS = ("http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:6379/", "http://localhost:8080/admin",
            "http://[::1]/", "http://10.0.0.5/internal", "http://0.0.0.0:22/", "file:///etc/passwd")
_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s'\"]*)?")


def internal(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return False


class SSRF(Family):
    name = "ssrf"
    cwes = frozenset({918})
    sink = "the network"
    preload = ("requests", "httpx", "urllib.request")
    reached = ("connect", "http")

    def benign(self, ctx: Context) -> list[str]:
        urls = [m[0] for lit in ctx.literals for m in _URL.finditer(lit)]
        hosts = [h for h in ctx.literals if re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", h) and "." in h]
        picks = urls[:1] + [f"https://{h}/a.png" for h in hosts[:2]]
        # the file's own hosts are what it fetches: an allow-list of them refuses any other host, rightly
        return picks[:2] or ["https://example.com/a.png"]

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(p, p) for p in PAYLOADS]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "connect"):
            if internal(str(e["host"])):
                return f"{payload.label!r} opens a connection to {e['host']}:{e['port']}"
        for e in events(obs, "open"):
            if e["path"] == "/etc/passwd":
                return f"{payload.label!r} reads a local file"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return sorted({(str(e["host"]), e["port"]) for e in events(obs, "connect")})
