"""Permissive file modes (CWE-732, 276): the resulting mode of every chmod/mkdir is recorded. World-writable is
the exploit. The minimal repair drops the world bits only; one that also changes owner or group access stays at
level static (the probe cannot tell a secret from a shared folder)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import handled
from aiharden.probe.family import outcome_differs


UMASK = 0o022  # mkdir's mode passes through the process umask; chmod's does not


def _effective(e: dict[str, Any]) -> int:
    mode = int(e["mode"])
    return mode & ~UMASK if e.get("kind") == "mkdir" else mode


def _modes(obs: Obs) -> list[int]:
    return [_effective(dict(e)) for e in [*events(obs, "chmod"), *events(obs, "mkdir")] if isinstance(e.get("mode"), int)]


class Permissions(Family):
    name = "permissions"
    cwes = frozenset({732, 276, 281})
    sink = "the file mode"

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in [*events(obs, "chmod"), *events(obs, "mkdir")]:
            mode = _effective(dict(e)) if isinstance(e.get("mode"), int) else None
            if mode is not None and mode & 0o002:
                return f"{e['path'].rsplit('/', 1)[-1]} gets mode {oct(mode)}, writable by every user"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        for o, c in handled(orig, cand):
            if why := outcome_differs(o, c):
                return why
        return ""

    def caveat(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        # owner-only is right for a file that holds a secret and wrong for a folder a group shares: the probe
        # cannot tell which, so such a repair is not claimed as behaviour-preserving
        for o, c in handled(orig, cand):
            a, b = _modes(o), _modes(c)
            if [m & 0o770 for m in a] != [m & 0o770 for m in b]:
                return f"the mode becomes {', '.join(map(oct, b)) or 'unchanged'} where the original set " \
                       f"{', '.join(map(oct, a))}: owner or group access changes too, not only the world bits"
        return ""
