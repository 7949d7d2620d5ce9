"""Weak keys (CWE-326): the key the function generates, recorded as the `cryptography` package makes it. An RSA
or DSA key under 2048 bits, or an elliptic curve under 256 bits, is the exploit. The repaired function must make
a key of the same algorithm (a key of another type breaks every signature its users check)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Obs
from aiharden.probe.family import Hostile
from aiharden.probe.family import events

MIN_BITS = {"rsa": 2048, "dsa": 2048, "ec": 256}
_MODULES = tuple(f"cryptography.hazmat.primitives.asymmetric.{a}" for a in MIN_BITS)


class Keys(Family):
    name = "keys"
    cwes = frozenset({326})
    sink = "key generation"
    preload = _MODULES
    compare_returns = False  # every run makes a new key: what compares is the kind of key
    reached = ("keygen",)  # a run that fails after making the key (writing it out) still shows the key

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "keygen"):
            if 0 < e["bits"] < MIN_BITS[e["algorithm"]]:
                what = f"curve {e['curve']}" if e.get("curve") else "key"
                return f"generates a {e['bits']}-bit {e['algorithm'].upper()} {what} (at least " \
                       f"{MIN_BITS[e['algorithm']]} bits are needed)"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return sorted({e["algorithm"] for e in events(obs, "keygen")})

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in zip(orig, cand):
            if ("raised" in o) != ("raised" in c):
                return f"{'raises ' + c['raised']['type'] if 'raised' in c else 'completes'} where the original " \
                       f"{'raised ' + o['raised']['type'] if 'raised' in o else 'completed'}"
        return super().differs(orig, cand, ctx)
