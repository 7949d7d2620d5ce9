"""Matching the signal catalog against what is known about one commit (or one pending commit)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field

from aiharden.provenance.agents import Agents
from aiharden.provenance.model import Evidence

_TRAILER = re.compile(r"^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$")
_SCISSORS = "# ------------------------ >8 ------------------------"


@dataclass(frozen=True)
class Facts:
    author: str = ""  # "Name <email>"
    committer: str = ""
    message: str = ""
    branch: str = ""
    pr_author: str = ""
    env: Mapping[str, str] = field(default_factory=dict)


def clean_message(text: str, comment_char: str = "#") -> str:
    """A message as `git commit` would store it: no comment lines, nothing after the scissors."""
    text = text.split(_SCISSORS, 1)[0]
    lines = [ln.rstrip() for ln in text.splitlines() if not ln.startswith(comment_char)]
    return "\n".join(lines).strip("\n")


def trailers(message: str) -> list[tuple[str, str]]:
    """(key, value) pairs of the message's last paragraph, when it is a trailer block.

    Like git: the block is never the subject paragraph, and at least a quarter of its lines
    are `Key: value`; indented lines continue the previous value.
    """
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", message.strip("\n")) if p.strip()]
    if len(paragraphs) < 2:
        return []
    found: list[tuple[str, str]] = []
    other = 0
    for line in paragraphs[-1].splitlines():
        m = _TRAILER.match(line)
        if m:
            found.append((m.group(1), m.group(2).strip()))
        elif line[:1] in (" ", "\t") and found:
            key, value = found[-1]
            found[-1] = (key, f"{value} {line.strip()}")
        else:
            other += 1
    # git's own rule is "at least 25 % trailer lines"; it also wants a known key there, which
    # would miss a Co-authored-by sitting next to a footer line, so that part is left out
    return found if len(found) * 4 >= len(found) + other else []


def _ev(signal_id: str, tool: str, matched: str, source: str, weight: float) -> Evidence:
    return Evidence(signal_id, tool, matched, source, weight)


def match(agents: Agents, facts: Facts) -> list[Evidence]:
    """All evidence the catalog finds in these facts, in catalog order."""
    out: list[Evidence] = []
    places = {"author": facts.author, "committer": facts.committer, "branch": facts.branch,
              "pr-author": facts.pr_author}
    source_of = {"author": "identity", "committer": "identity", "branch": "branch",
                 "pr-author": "pr-author"}
    pairs = trailers(facts.message) if facts.message else []
    coauthors = [v for k, v in pairs if k.lower() == "co-authored-by"]
    for sig in agents.signals:
        for where in sig.read:
            if where in places:
                text = places[where]
                hit = sig.search(text) if text else None
                if hit:
                    out.append(_ev(sig.id, sig.tool, hit, source_of[where], sig.weight))
            elif where == "co-author":
                for value in coauthors:
                    if sig.search(value):
                        out.append(_ev(sig.id, sig.tool, f"Co-authored-by: {value}", "trailer", sig.weight))
            elif where == "message" and facts.message:
                hit = sig.search(facts.message)
                if hit:
                    out.append(_ev(sig.id, sig.tool, hit, "message", sig.weight))
            elif where.startswith("trailer:"):
                key = where[len("trailer:"):].lower()
                for k, v in pairs:
                    if k.lower() == key and sig.search(v):
                        out.append(_ev(sig.id, sig.tool, f"{k}: {v}", "trailer", sig.weight))
            elif where.startswith("env:"):
                name = where[len("env:"):]
                env_value = facts.env.get(name)
                if env_value is not None and sig.search(env_value):
                    out.append(_ev(sig.id, sig.tool, f"{name}={env_value}", "env", sig.weight))
    return out
