"""Unsafe deserialisation (CWE-502): a pickle that calls os.system and a YAML document that does the same, in
every input and in every file the code reads. A class resolved from os/subprocess/builtins or a recorded
process is the exploit. Benign YAML/JSON text must load to the same value; a format change (pickle to JSON)
cannot be compared on benign input and is left to the project's tests."""
from __future__ import annotations

import base64
import marshal
import pickle
from collections.abc import Sequence

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

PICKLE = b"cos\nsystem\n(S'touch pwned'\ntR."
YAML = "!!python/object/apply:os.system ['touch pwned']\n"
_DANGER = {"os", "posix", "nt", "subprocess", "builtins", "__builtin__", "sys", "shutil", "socket"}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class Deserialize(Family):
    name = "deserialize"
    cwes = frozenset({502})
    sink = "the decoder"
    benign_text = ("name: demo\nitems: [1, 2]\n", '{"theme": "dark", "size": 3}')
    plant = '{"theme": "dark", "size": 3}\n'  # JSON, which YAML reads too
    # a file the code finds itself: JSON first, then the same mapping pickled and marshalled
    plant_options = (plant.encode(), pickle.dumps({"theme": "dark", "size": 3}, protocol=2),
                     marshal.dumps({"theme": "dark", "size": 3}))
    preload = ("yaml",)
    reached = ("decode",)  # a YAML document that loads and then lacks a key the code needs still compares

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [
            Hostile({"$": "bytes", "b64": _b64(PICKLE)}, "a pickle that runs os.system", {"*": _b64(PICKLE)}),
            Hostile(_b64(PICKLE), "a base64 pickle that runs os.system"),
            Hostile(base64.urlsafe_b64encode(PICKLE).decode(), "a url-safe base64 pickle that runs os.system"),
            Hostile(YAML, "a YAML document that runs os.system", {"*": _b64(YAML.encode())}),
            Hostile(PICKLE.hex(), "a hex pickle that runs os.system"),
        ]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        for e in events(obs, "find_class"):
            if e["module"].split(".")[0] in _DANGER:
                return f"{payload.label} resolves {e['module']}.{e['name']}"
        if events(obs, "exec") or events(obs, "spawn"):
            return f"{payload.label} starts a process"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        kept = [(o, c) for o, c in zip(orig, cand) if not _unreadable(o, c)]
        return super().differs([o for o, _ in kept], [c for _, c in kept], ctx)

    def caveat(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        if any(_unreadable(o, c) for o, c in zip(orig, cand)):
            return "the stored format changes: data written in the old format no longer loads, which only the " \
                   "project's tests or a migration can settle"
        return ""


def _unreadable(o: Obs, c: Obs) -> bool:
    """The candidate fails to decode what the original read (a pickle given to a JSON reader)."""
    return "raised" not in o and "ValueError" in (c.get("raised") or {}).get("mro", ())
