"""Permissive file modes (CWE-732, 276): the resulting mode of every chmod/mkdir is recorded. World-writable is
the exploit. The minimal repair drops the world bits only: owner and group access must stay as they were."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome_differs


def _modes(obs: Obs) -> list[int]:
    return [int(e["mode"]) for e in [*events(obs, "chmod"), *events(obs, "mkdir")] if isinstance(e.get("mode"), int)]


class Permissions(Family):
    name = "permissions"
    cwes = frozenset({732, 276, 281})
    sink = "the file mode"

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in [*events(obs, "chmod"), *events(obs, "mkdir")]:
            mode = e.get("mode")
            if isinstance(mode, int) and mode & 0o002:
                return f"{e['path'].rsplit('/', 1)[-1]} gets mode {oct(mode)}, writable by every user"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in zip(orig, cand):
            if why := outcome_differs(o, c):
                return why
            a, b = _modes(o), _modes(c)
            if [m & 0o770 for m in a] != [m & 0o770 for m in b]:
                return f"the mode becomes {', '.join(map(oct, b)) or 'unchanged'} where the original set " \
                       f"{', '.join(map(oct, a))}: owner or group access changes, not only the world bits"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return [m & 0o770 for m in _modes(obs)]
