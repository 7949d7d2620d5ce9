"""What a probe family is: the hostile and benign inputs of one weakness, and how to read the sinks.

A family sees observations of the child (probe/child.py): per call, what the function returned or raised and
the events its sinks recorded (SQL statements, process argv, opened paths, connections, ...).
"""
from __future__ import annotations

import re

import json
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from aiharden.probe.target import Target

Obs = Mapping[str, Any]  # one call's observation


@dataclass(frozen=True)
class Hostile:
    value: Any  # JSON value for the parameter; "{WORLD}" in a string is the sandbox's outside folder
    label: str  # how a report names the payload
    files: Mapping[str, str] = field(default_factory=dict)  # base64 contents planted into every file the code reads
    grow: str = ""  # "{GROW}" in value becomes this text repeated, longer and longer (see child.run_grown)


@dataclass(frozen=True)
class Context:
    target: Target
    cwes: frozenset[int]  # of the finding, and of the other findings in the same function
    literals: tuple[str, ...]  # string literals of the original file
    secrets: tuple[str, ...] = ()  # the literals of the flagged line, for a hard-coded secret
    text: str = ""  # the original module's source


class Family:
    name = ""
    cwes: frozenset[int] = frozenset()
    sink = "the sink"
    benign_text: tuple[str, ...] = ("report",)
    compare_returns = True  # benign runs must return the same values
    needs_exploit = True  # the level `exploit` needs the exploit shown on the original
    preload: tuple[str, ...] = ()  # modules the child imports before the code so their calls are recorded
    local_sinks = False  # only sinks reached from the flagged statement count (see probe.at)
    reached: tuple[str, ...] = ()  # event kinds that make a failed benign run comparable (a refused connection)
    plant = "content of {rel}\n"  # what a file the code reads on benign input holds
    fault = False  # hostile calls run with the database and the data files failing (see probe.errors)
    sign_in = False  # password checks pass in the child, so a view reaches what it does after signing in
    keep_defaults = False  # benign calls leave every parameter that has a default to it
    fails_without_config = False  # hostile runs lack the configuration the repair needs: a clear error is right
    configured = False  # every environment variable the code reads is set (a key the deployment supplies)

    exit_codes: tuple[int, ...] = (0,)  # each benign call runs once per exit status of the processes it starts
    claim_only = False  # chosen only for a line it claims (its CWEs are shared with another family's)

    def claims(self, line: str) -> bool:
        """The flagged line is this family's own among families that share a CWE (a cipher, not a hash, for
        CWE-327): it is chosen before the others."""
        return False

    def hostile(self, ctx: Context) -> list[Hostile]:
        return []

    def benign(self, ctx: Context) -> list[str]:
        return list(self.benign_text)

    def plant_options(self, ctx: Context) -> list[bytes]:
        """Kinds of content for a file the code reads, tried in turn while the benign call fails (none: `plant`)."""
        return []

    def files(self, ctx: Context) -> dict[str, str]:
        """Files planted in the base folder for every call (by relative path): inputs that are read from disk."""
        return {}

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        """Evidence that the payload reached the sink in exploitable form; "" when it did not."""
        return ""

    def setup(self, ctx: Context) -> list[str]:
        """SQL the child runs on every database it opens: the schema the code and its tests create."""
        return [lit for lit in ctx.literals if re.match(r"\s*create\s+(table|index|view)", lit, re.I)][:20]

    def compared(self, orig: Sequence[Obs], cand: Sequence[Obs]) -> list[tuple[Obs, Obs]]:
        """The benign runs that say something about behaviour: those the original completed, and those that
        failed only after reaching the sink (the sandbox refuses every connection)."""
        return [(o, c) for o, c in zip(orig, cand) if ("raised" not in o and not _server_error(o)) or any(
            e.get("kind") in self.reached for e in o.get("events", ()))]

    def witnessed(self, obs: Obs) -> bool:
        """The hostile input visibly reached the safe form of the sink (a family whose exploit leaves no trace
        unless the payload reaches the sink says so; the others need nothing)."""
        return True

    def caveat(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        """A difference that is not proof of a break but keeps the candidate from level `exploit`."""
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        """What the sinks saw on a benign call, in a form that compares equal for equal behaviour."""
        return None

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        """What a candidate's benign runs do differently from the original's; "" when nothing. Only inputs the
        original handles count: one it fails on (a guessed value of the wrong kind) says nothing of behaviour."""
        for o, c in self.compared(orig, cand):
            # a run the original could not finish says what reached the sink, not what the function returns
            if self.compare_returns and "raised" not in o and (why := outcome_differs(o, c)):
                return why
            a, b = self.sink_view(o, ctx), self.sink_view(c, ctx)
            if a != b:
                return f"{self.sink} gets {short(b)} where the original gave {short(a)}"
        return ""


def handled(orig: Sequence[Obs], cand: Sequence[Obs]) -> list[tuple[Obs, Obs]]:
    """The benign runs the original completed, paired with the candidate's."""
    return [(o, c) for o, c in zip(orig, cand) if "raised" not in o and not _server_error(o)]


def _server_error(o: Obs) -> bool:
    r = o.get("returned")
    return isinstance(r, dict) and isinstance(r.get("status"), int) and r["status"] >= 500


def events(obs: Obs, kind: str) -> list[Mapping[str, Any]]:
    return [e for e in obs.get("events", ()) if e.get("kind") == kind]


def short(value: Any, limit: int = 90) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def outcome(obs: Obs) -> str:
    if "raised" in obs:
        return f"raises {obs['raised']['type']}"
    returned = obs.get("returned")
    if isinstance(returned, dict) and "status" in returned and "body" in returned:
        return f"answers {returned['status']}"
    return f"returns {short(returned, 60)}"


def outcome_differs(o: Obs, c: Obs) -> str:
    if ("raised" in o) != ("raised" in c) or ("raised" in o and o["raised"]["type"] != c["raised"]["type"]):
        return f"{outcome(c)} where the original {outcome(o)}"
    # two functions returned compare by what they do when used (returned_call), not by what they are
    if "raised" not in o and o.get("returned") != c.get("returned") and not (
            "returned_call" in o and "returned_call" in c):
        ro, rc = o.get("returned"), c.get("returned")
        if isinstance(ro, dict) and isinstance(rc, dict) and "status" in ro and "status" in rc:
            if ro["status"] != rc["status"]:
                return f"answers {rc['status']} where the original answered {ro['status']}"
            if ro.get("location") != rc.get("location"):
                return f"redirects to {rc.get('location')} where the original redirected to {ro.get('location')}"
            return f"answers {short(rc.get('body', ''), 60)!r} where the original answered {short(ro.get('body', ''), 60)!r}"
        return f"returns {short(rc, 60)} where the original returned {short(ro, 60)}"
    if "raised" not in o and o.get("returned_call") != c.get("returned_call"):
        return f"the function it returns gives {short(c.get('returned_call'), 60)} where the original's gave " \
               f"{short(o.get('returned_call'), 60)}"
    return ""


def strings(value: Any) -> list[str]:
    """Every string inside a returned value (a response's body and headers included)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def output_text(obs: Obs) -> str:
    parts = strings(obs.get("returned"))
    if "raised" in obs:
        parts.append(obs["raised"].get("message", ""))
    return "\n".join(parts)
