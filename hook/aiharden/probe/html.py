"""Cross-site scripting (CWE-79, 80, 116): markup payloads in every input; the payload visible unescaped in the
returned HTML (or the response body) is the exploit. Benign input must give the same output."""
from __future__ import annotations

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import output_text

PAYLOADS = ("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>")


class HTML(Family):
    name = "html"
    cwes = frozenset({79, 80, 116, 83})
    sink = "the page"
    benign_text = ("Ada Lovelace", "report 42")

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(p, p) for p in PAYLOADS]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        text = output_text(obs) if "raised" not in obs else ""
        marker = "<script>" if "<script>" in payload.value else "<img src=x" if "<img" in payload.value else "<svg"
        if marker in text:
            return f"{payload.label!r} reaches the HTML unescaped"
        return ""
