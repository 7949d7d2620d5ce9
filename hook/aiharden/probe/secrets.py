"""Hard-coded credentials (CWE-798, 259, 321): the literal secret of the flagged line is the canary.

The exploit is the literal reaching anything the code does: a recorded call (a request's headers, an HMAC key, a
connection), or what the function returns. Each candidate runs twice: with every environment variable it reads
that the original did not set to the literal (the deployment supplies the secret), where benign calls must behave
as the original's; and with nothing set, where the literal must reach nothing."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import outcome_differs

_ENV_READ = re.compile(r"""(?:os\.environ\s*\[\s*|os\.environ\.get\(\s*|os\.getenv\(\s*|environ\.get\(\s*)"""
                       r"""(?P<q>['"])(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P=q)""")


def env_reads(text: str) -> set[str]:
    return {m["name"] for m in _ENV_READ.finditer(text)}


def env_for(original: str, candidate: str, secret: str) -> dict[str, str]:
    """The variables a candidate reads that the original did not, each set to the secret (the deployment's)."""
    return {name: secret for name in sorted(env_reads(candidate) - env_reads(original))}


def unanchored(original: str, candidate: str) -> str:
    """Why the variables a candidate reads may not be what the deployment sets: a name the original neither
    mentions nor shares a first word with (ORDERS_DB_PASSWORD beside ORDERS_DB_HOST follows the file's own
    convention).
    "" when every new name is anchored in the file."""
    known = env_reads(original)
    prefixes = {name.split("_", 1)[0] for name in known if "_" in name}
    for name in sorted(env_reads(candidate) - known):
        if re.search(rf"\b{re.escape(name)}\b", original) and not re.search(
                rf"^\s*{re.escape(name)}\s*[:=]", original, re.M):
            continue  # named in the file's text (a docstring, a comment, a message), not only as its constant
        if "_" in name and name.split("_", 1)[0] in prefixes:
            continue
        return (f"the secret now comes from the environment variable {name}, a name the file does not use yet: "
                f"only the deployment can show it is set")
    return ""


class Secrets(Family):
    name = "secret"
    cwes = frozenset({798, 259, 321})
    sink = "the code's calls and results"
    benign_text = ("https://api.example.com/v1/items",)
    keep_defaults = True  # a secret is often a parameter's default
    reached = ("http", "connect")  # a refused connection still shows what was sent
    fails_without_config = True  # with the secret unset, a clear error is what the repair should do

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        seen = json.dumps({"events": obs.get("events", ()), "returned": obs.get("returned")}, default=str)
        for secret in ctx.secrets:
            if any(form in seen for form in _forms(secret)):
                return f"the literal {secret[:3]}… reaches {_where(obs, secret)}"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in self.compared(orig, cand):
            if why := outcome_differs(o, c):
                return why
            if _events(o) != _events(c):
                return "the calls it makes differ once the secret comes from the environment"
        return ""


def _forms(secret: str) -> list[str]:
    """The ways a secret shows in recorded text: as it is, URL-quoted (a connection URL), repr-escaped."""
    from urllib.parse import quote
    from urllib.parse import quote_plus

    raw = json.dumps(secret)[1:-1]
    return list(dict.fromkeys([raw, json.dumps(quote(secret, safe=""))[1:-1], json.dumps(quote_plus(secret))[1:-1],
                               json.dumps(repr(secret)[1:-1])[1:-1]]))


def _events(obs: Obs) -> list[Any]:
    return [{k: v for k, v in e.items() if k not in ("line", "t", "seconds")} for e in obs.get("events", ())]


def _where(obs: Obs, secret: str) -> str:
    needle = json.dumps(secret)[1:-1]
    for e in obs.get("events", ()):
        if needle in json.dumps(e, default=str):
            return f"a recorded {e.get('kind', 'call')}"
    return "the function's result"
