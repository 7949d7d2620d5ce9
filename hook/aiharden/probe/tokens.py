"""JSON Web Tokens whose signature is not verified (CWE-347): tokens that claim to be an administrator, signed with
no key (`alg: none`) or with a key that is not the application's, in every input (bare and as a `Bearer` header
value). PyJWT's decode accepting one (returning its claims) is the exploit. Benign input: a token signed with the key
and algorithm the code passes to decode, which must give the same result as before.

Tokens are made in the child at decode time (child._record_jwt): the plan carries only their names
(`{JWT:valid}`, `{JWT:none}`, `{JWT:forged}`), because the key the code verifies with is known only then."""
from __future__ import annotations

from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import output_text

CLAIM = "probe-admin"  # the subject every token of the probe claims
FORGED = {"{JWT:none}": "a token signed with no key (alg none)",
          "{JWT:forged}": "a token signed with another key"}


class Tokens(Family):
    name = "jwt"
    cwes = frozenset({347})
    sink = "the token check"
    preload = ("jwt",)
    configured = True  # a signing key read from the environment: the tokens are made with whatever it holds
    benign_text = ("{JWT:valid}", "Bearer {JWT:valid}")

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(prefix + name, label) for name, label in FORGED.items() for prefix in ("", "Bearer ")]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        name = payload.value.removeprefix("Bearer ")
        if any(e.get("token") == name and e.get("accepted") for e in events(obs, "jwt")):
            return f"{payload.label} is accepted by jwt.decode"
        returned: Any = obs.get("returned")
        refused = "raised" in obs or (isinstance(returned, dict) and isinstance(returned.get("status"), int)
                                      and returned["status"] >= 400)
        if not refused and (returned is True or CLAIM in output_text(obs)):
            return f"{payload.label} is taken for the user it names"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return [(e.get("token"), bool(e.get("accepted"))) for e in events(obs, "jwt")]
