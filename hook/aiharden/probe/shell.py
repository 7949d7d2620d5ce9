"""OS command injection (CWE-78, 77, 88): processes are recorded with their argv, never started.

Hostile input must arrive as one argv element with no shell; benign input must give the same argv as the
shell would have split (a pipeline compares as its list of commands).
"""
from __future__ import annotations

import re
import shlex
from typing import Any

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events

SHELLS = {"sh", "bash", "dash", "zsh", "/bin/sh", "/bin/bash", "/usr/bin/bash", "/usr/bin/sh"}
_OPERATORS = {"|", "||", "&", "&&", ";", ";;", "(", ")", "<", ">", ">>", "<<", "|&", "\n"}


def commands(e: dict[str, Any]) -> list[list[str]]:
    """A recorded process as the list of commands it runs, each an argv."""
    if not e.get("shell"):
        argv = list(e.get("argv", []))
        if len(argv) >= 3 and argv[0] in SHELLS and argv[1] == "-c":
            return split_shell(argv[2])
        return [argv]
    return split_shell(e.get("cmd", ""))


_REDIRECT = re.compile(r"(?<!\S)\d?(?:>>?|<)&?\s*\S+")


def split_shell(cmd: str) -> list[list[str]]:
    """Commands as the shell runs them; redirections (`2>/dev/null`) aside, as a program would do them with
    the stdout/stderr arguments of subprocess instead."""
    lex = shlex.shlex(_REDIRECT.sub(" ", cmd), posix=True, punctuation_chars=";&|<>()")
    lex.whitespace_split = True
    out: list[list[str]] = [[]]
    try:
        for tok in lex:
            if tok in _OPERATORS:
                out.append([tok]) if tok in ("<", ">", ">>", "<<") else out.append([])
            else:
                out[-1].append(tok)
    except ValueError:
        return [[cmd]]
    return [c for c in out if c]


def _shell_text(e: dict[str, Any]) -> str | None:
    if e.get("shell"):
        return str(e.get("cmd", ""))
    argv = e.get("argv", [])
    if len(argv) >= 3 and argv[0] in SHELLS and argv[1] == "-c":
        return str(argv[2])
    return None


class Shell(Family):
    name = "shell"
    cwes = frozenset({78, 77, 88})
    sink = "the process"
    benign_text = ("report.txt", "notes")
    exit_codes = (0, 1)  # a command that fails: a repair must handle it as the original did (no new check=True)

    def hostile(self, ctx: Context) -> list[Hostile]:
        # the last two close a quote the command put around the value
        return [Hostile(p, p) for p in ("x; touch pwned", "$(touch pwned)", "`touch pwned`", "x | touch pwned",
                                        "x && touch pwned", "x\ntouch pwned", "x'; touch pwned; echo '",
                                        'x"; touch pwned; echo "')]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        p = str(payload.value)
        for e in events(obs, "exec"):
            text = _shell_text(dict(e))
            if text is not None:
                if "pwned" in text and shlex.quote(p) not in text and (
                        "'" not in p and '"' not in p or any(c[:2] == ["touch", "pwned"] for c in split_shell(text))):
                    return f"{p!r} reaches a shell command line"
                continue
            argv = list(e.get("argv", []))
            if any("pwned" in a for a in argv) and not any(p in a for a in argv):
                return f"{p!r} is split into several arguments of {argv[0] if argv else 'a process'}"
        return ""

    def sink_view(self, obs: Obs, ctx: Context) -> Any:
        return [c for e in events(obs, "exec") for c in commands(dict(e))]
