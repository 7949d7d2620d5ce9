"""XPath injection (CWE-643): quotes that close the string the code puts the input in, in every input. An
XPath error on such input is the exploit: the input changed the expression's syntax, which a value bound as an
XPath variable never does. Files the code reads hold a small XML document, so the query runs.

An injection that keeps the expression valid and only widens what it matches (`' or '1'='1`) is not seen unless
a quote elsewhere in the payloads breaks the same expression."""
from __future__ import annotations

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs

_ERRORS = ("XPathEvalError", "XPathSyntaxError", "XPathError")


class XPath(Family):
    name = "xpath"
    cwes = frozenset({643})
    sink = "the XPath expression"
    plant = '<?xml version="1.0"?><directory><user name="report"><name>report</name></user></directory>\n'

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile("O'Brien", "a single quote (O'Brien)"), Hostile('say "hi"', "double quotes"),
                Hostile("x' or '1'='1", "a single quote that closes the string"),
                Hostile('x" or "1"="1', "a double quote that closes the string")]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        raised = obs.get("raised") or {}
        if set(raised.get("mro", ())) & set(_ERRORS):
            return f"{payload.label} changes the expression's syntax ({raised['type']}: {raised.get('message', '')[:60]})"
        return ""
