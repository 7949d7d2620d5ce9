"""Path traversal (CWE-22, 23, 36, 73): the code's folder is a temporary base with a planted secret outside it.

Every user-controlled part of a path gets traversal payloads (`..`, absolute paths, a symlink out of the base);
an access to anything outside the base is the exploit. Benign names, sub-folders included, must keep opening
the same files.
"""
from __future__ import annotations

import os
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

PAYLOADS = ("../secret.txt", "../../secret.txt", "../../../secret.txt", "sub/../../secret.txt",
            "{WORLD}/secret.txt", "..%2fsecret.txt", "link/secret.txt", "../secret")


def _inside(path: str, folder: str) -> bool:
    real, base = os.path.realpath(path), os.path.realpath(folder)
    return real == base or real.startswith(base.rstrip("/") + "/")


class Paths(Family):
    name = "path"
    cwes = frozenset({22, 23, 36, 73, 59})
    sink = "the file system"
    benign_text = ("report.txt", "sub/report.txt")
    local_sinks = True  # an archive or a config file the caller names is not the traversal the finding is about

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(p, p.replace("{WORLD}", "/abs")) for p in PAYLOADS]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        world, base = obs.get("world", ""), obs.get("base", "")
        for e in [*events(obs, "open"), *events(obs, "chmod"), *events(obs, "mkdir")]:
            path = e["path"]
            if world and _inside(path, world) and not _inside(path, base):
                what = "writes" if any(m in str(e.get("mode", "")) for m in "wax+") else "reads"
                return f"{payload.label!r} {what} {os.path.relpath(os.path.realpath(path), os.path.realpath(world))} " \
                       f"outside the base folder"
        if "TOP-SECRET" in str(obs.get("returned")):
            return f"{payload.label!r} serves the secret outside the base folder"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        base = obs.get("base", "")
        return sorted({(os.path.relpath(e["path"], base) if base else e["path"], "w" if any(
            m in str(e.get("mode", "")) for m in "wax+") else "r") for e in events(obs, "open")
            if not base or _inside(e["path"], base)})
