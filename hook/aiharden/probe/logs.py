"""Log injection (CWE-117, 93): a newline and a forged entry in every input. A log record or a written log line
that starts with the forged entry is the exploit. Benign input must log the same messages."""
from __future__ import annotations

from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

FORGED = "INFO admin login succeeded"


class Logs(Family):
    name = "log"
    cwes = frozenset({117, 93})
    sink = "the log"
    local_sinks = True  # another log call of the same request is another finding's, repaired on its own
    benign_text = ("alice", "bob smith")

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(f"alice\n{FORGED}", "a newline and a forged entry"),
                Hostile(f"alice\r\n{FORGED}", "a CRLF and a forged entry")]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        texts = [e["message"] for e in events(obs, "log")] + [e["text"] for e in events(obs, "written")]
        for text in texts:
            # case folded: the code may lower-case what it logs
            if any(line.lstrip("\r").lower().startswith(FORGED.lower()) for line in str(text).split("\n")[1:]):
                return f"{payload.label} starts a line of its own in the log"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return [e["message"] for e in events(obs, "log")]
