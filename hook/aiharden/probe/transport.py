"""Outgoing HTTP(S) settings (CWE-295 certificate checks off, CWE-400 no timeout): requests and httpx calls are
recorded with their `verify` and `timeout`; the connection itself is refused. A call with verification off (or
with no timeout) is the exploit; benign calls must go to the same URLs."""
from __future__ import annotations

from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events


class TLS(Family):
    name = "tls"
    cwes = frozenset({295, 297})
    sink = "the HTTPS client"
    benign_text = ("https://api.example.com/v1/items", "https://example.com/status")
    preload = ("requests", "httpx", "urllib.request")
    reached = ("connect", "http")

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "http"):
            if e.get("verify") is False:
                return f"{e.get('url') or 'a request'} is sent with certificate verification off"
        if off := events(obs, "unverified_tls"):
            what = off[0].get("setting")
            return f"an SSL context with {what} turned off is used" if what else \
                "an SSL context without certificate verification is used"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        # a client built with verification off is recorded without a URL: only requests count
        # what each request is: method, URL and what it carries (the setting under repair aside)
        return [(e.get("method"), e.get("url"), e.get("sent")) for e in events(obs, "http") if e.get("url") is not None]


class Timeout(TLS):
    name = "timeout"
    cwes = frozenset({400, 770, 1088})
    sink = "the HTTP client"

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "http"):
            if e.get("timeout") is None and e.get("client") == "requests":
                return f"{e.get('url') or 'a request'} is sent without a timeout"
        return ""
