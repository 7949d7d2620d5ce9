"""Unsafe deserialisation (CWE-502): a pickle that calls os.system and a YAML document that does the same, in
every input and in every file the code reads. A class resolved from os/subprocess/builtins or a recorded
process is the exploit. Benign YAML/JSON text must load to the same value; a format change (pickle to JSON)
cannot be compared on benign input and is left to the project's tests."""
from __future__ import annotations

import base64
import marshal
import pickle
import re
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
    preload = ("yaml",)
    reached = ("decode",)  # a YAML document that loads and then lacks a key the code needs still compares

    def plant_options(self, ctx: Context) -> list[bytes]:
        """The same mapping as JSON, pickled and marshalled; the format of the decoder the code calls first (code
        that catches the decoder's error would otherwise never say the plant did not suit it)."""
        data = {"theme": "dark", "size": 3}
        options = {"json": self.plant.encode(), "pickle": pickle.dumps(data, protocol=2), "marshal": marshal.dumps(data)}
        calls = [m[1] for m in re.finditer(r"\b(pickle|marshal|json|yaml)\.(?:load|loads|safe_load|unsafe_load)\(",
                                            ctx.text)]
        first = {"yaml": "json"}.get(calls[0], calls[0]) if calls else "json"
        return [options[first], *(v for k, v in options.items() if k != first)]

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
        kept = [(o, c) for o, c in zip(orig, cand) if not _unreadable(o, c) and not _reformatted(o, c)]
        return super().differs([o for o, _ in kept], [c for _, c in kept], ctx)

    def caveat(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        if any(_unreadable(o, c) or _reformatted(o, c) for o, c in zip(orig, cand)):
            return "the stored format changes: data written in the old format no longer loads, which only the " \
                   "project's tests or a migration can settle"
        return ""


def _unreadable(o: Obs, c: Obs) -> bool:
    """The candidate fails to decode what the original read (a pickle given to a JSON reader)."""
    return "raised" not in o and "ValueError" in (c.get("raised") or {}).get("mro", ())


def _formats(obs: Obs) -> set[str]:
    return {str(e.get("module") or "yaml") for e in events(obs, "decode")}


def _reformatted(o: Obs, c: Obs) -> bool:
    """The candidate reads the data with another decoder (marshal or pickle to JSON): what the original read
    says nothing of what the candidate should return."""
    return bool(_formats(o)) and bool(_formats(c)) and _formats(o) != _formats(c)


_FORMATS = ("pickle", "marshal", "dill", "cloudpickle", "jsonpickle", "shelve")


def stale_writer(original: str, candidate: str) -> str:
    """A candidate that reads fewer values of a format than the original while the module still writes that format
    (pickle.loads replaced by json.loads beside a pickle.dumps): what the module stores no longer loads, which a
    benign run cannot show when the reader swallows the error."""
    for fmt in _FORMATS:
        reads = re.compile(rf"\b{fmt}\.(?:loads?|decode|Unpickler|open)\(")
        writes = re.search(rf"\b{fmt}\.(?:dumps?|encode|Pickler)\(", candidate)
        if writes and len(reads.findall(candidate)) < len(reads.findall(original)):
            return f"the module still writes {fmt} ({writes[0][:-1]}) that the repair no longer reads: what it " \
                   f"stored no longer loads; change both sides together"
    return ""
