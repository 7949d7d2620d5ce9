"""Predictable randomness (CWE-330, 338, 331): the function is called repeatedly; a value drawn from the `random`
module is the exploit. The candidate must keep the value's shape and strength: the same type and length, an
alphabet at least as large, the same number range (a shorter token or a smaller alphabet is CWE-331)."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome


def _shape(values: list[Any]) -> dict[str, Any]:
    kinds = {type(v).__name__ for v in values}
    out: dict[str, Any] = {"type": sorted(kinds)}
    texts = [v for v in values if isinstance(v, str)]
    if texts:
        out["length"] = sorted({len(t) for t in texts})
        out["alphabet"] = len({ch for t in texts for ch in t})
    ints = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if ints:
        out["digits"] = sorted({len(str(abs(v))) for v in ints})
        out["range"] = (min(ints), max(ints))
    return out


def bits(shape: dict[str, Any]) -> float:
    if "length" in shape and shape.get("alphabet", 0) > 1:
        return min(shape["length"]) * math.log2(shape["alphabet"])
    return 0.0


class Randomness(Family):
    name = "random"
    cwes = frozenset({330, 331, 338, 340})
    sink = "the token"
    compare_returns = False
    repeat = 8

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if used := sorted({e["fn"] for e in events(obs, "random")}):
            return f"the value comes from random.{used[0]} (a predictable generator)"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        if any("raised" in o for o in orig) != any("raised" in c for c in cand):
            c = next((c for c in cand if "raised" in c), cand[0] if cand else {})
            o = next((o for o in orig if "raised" in o), orig[0] if orig else {})
            return f"{outcome(c)} where the original {outcome(o)}"
        a = _shape([o.get("returned") for o in orig if "raised" not in o])
        b = _shape([c.get("returned") for c in cand if "raised" not in c])
        if a.get("type") != b.get("type"):
            return f"returns {b.get('type')} where the original returned {a.get('type')}"
        if a.get("length") != b.get("length"):
            return f"the value has length {b.get('length')} where the original's had {a.get('length')} (CWE-331)"
        if "alphabet" in a and b.get("alphabet", 0) < 0.8 * a["alphabet"]:
            return f"the value uses {b.get('alphabet')} distinct characters where the original used {a['alphabet']} " \
                   f"({bits(b):.0f} bits instead of {bits(a):.0f}, CWE-331)"
        if a.get("digits") != b.get("digits"):
            return f"the number has {b.get('digits')} digits where the original's had {a.get('digits')}"
        return ""
