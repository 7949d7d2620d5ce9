"""Error details in responses (CWE-209, 200, 497): the database or a file the function uses fails with a message
that names a canary table and path. The canary (or a traceback) in what the function returns or answers is the
exploit. Without the failure, benign runs must behave as before, but for the text of error messages: ordinary
input can take the error path too (a body that is not JSON), and what that path says is what the fix changes."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import output_text

CANARY = "probe_canary_internal"  # the child's injected failures carry it (child.FAULT_TEXT)


class Errors(Family):
    name = "errors"
    cwes = frozenset({209, 200, 497})
    sink = "the response"
    fault = True  # hostile calls run with the function's database and files failing

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        text = output_text({k: v for k, v in obs.items() if k != "raised"})
        if CANARY in text:
            return "the text of an internal error (the failing statement, a server path) reaches the caller"
        if "Traceback (most recent call last)" in text:
            return "a traceback reaches the caller"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        return super().differs([_skeleton_obs(o) for o in orig], [_skeleton_obs(c) for c in cand], ctx)


def _skeleton_obs(obs: Obs) -> Obs:
    return {**obs, "returned": _skeleton(obs.get("returned"))} if "returned" in obs else obs


def _skeleton(value: Any) -> Any:
    """value with every text emptied: the status, the keys and the shape stay (a response body's JSON too)."""
    if isinstance(value, str):
        return ""
    if isinstance(value, dict):
        body = value.get("body")
        if isinstance(body, str):
            try:
                value = {**value, "body": json.loads(body)}
            except ValueError:
                pass
        return {k: _skeleton(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_skeleton(v) for v in value]
    return value
