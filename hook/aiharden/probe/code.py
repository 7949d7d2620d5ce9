"""Code injection (CWE-94, 95): payloads that call os.system, start a process or read the planted secret.

A recorded process or a read of the secret is the exploit. Benign input comes in kinds (arithmetic, Python
literals, `name = value` settings, the file's own expressions): the candidate must give the original's results on every input of at
least one kind the original handled, and on every expression the file itself holds."""
from __future__ import annotations

import ast
import re
from collections.abc import Sequence

from aiharden.probe.family import Context
from aiharden.probe.family import Family
from aiharden.probe.family import Hostile
from aiharden.probe.family import Obs
from aiharden.probe.family import events
from aiharden.probe.family import outcome_differs

ARITHMETIC = ("2 + 3 * 4", "(1 + 2) / 4", "2 ** 8", "-7 // 2", "10 % 3")
LITERALS = ("[1, 2, 3]", "{'debug': True, 'level': 3}", "'text'", "None")
SETTINGS = ("debug = True\nlevel = 3\nname = 'demo'", "retries = 5")
ESCAPE = ("[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'catch_warnings'][0]()"
          "._module.__builtins__['__import__']('os').system('touch pwned')")  # works with __builtins__ emptied
PAYLOADS = (ESCAPE, "__import__('os').system('touch pwned')", "__import__('subprocess').getoutput('id')",
            "open('{WORLD}/secret.txt').read()", "().__class__.__base__.__subclasses__()",
            "import os\nos.system('touch pwned')",
            # `key=value` overrides, and values the code puts inside a quoted string of the code it builds
            "x=__import__('os').system('touch pwned')",
            "x' if __import__('os').system('touch pwned') else '", 'x" if __import__("os").system("touch pwned") else "')


def _expression(text: str) -> bool:
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError):
        return False
    return not any(isinstance(n, (ast.Call, ast.Name, ast.Attribute)) for n in ast.walk(tree)) and \
        any(isinstance(n, (ast.BinOp, ast.UnaryOp)) for n in ast.walk(tree))


def _quoted(text: str) -> list[str]:
    """The text itself and the quoted pieces in it (a docstring's example, a test's argument)."""
    return [text, *(a or b or c for a, b, c in re.findall(r'"([^"\n]+)"|\'([^\'\n]+)\'|`([^`\n]+)`', text))]


class Code(Family):
    name = "code"
    cwes = frozenset({94, 95, 96})
    sink = "the interpreter"

    def benign(self, ctx: Context) -> list[str]:
        own = list(dict.fromkeys(e for s in ctx.literals for e in _quoted(s) if _expression(e)))[:3]
        return own + list(ARITHMETIC) + list(LITERALS) + list(SETTINGS)

    def hostile(self, ctx: Context) -> list[Hostile]:
        return [Hostile(p, "an escape from eval without builtins" if p == ESCAPE else p.replace("{WORLD}", ""))
                for p in PAYLOADS]

    def exploited(self, obs: Obs, payload: Hostile, ctx: Context) -> str:
        if events(obs, "exec") or events(obs, "spawn"):
            return f"{payload.label!r} starts a process"
        if any(e["path"].endswith("/secret.txt") for e in events(obs, "open")):
            return f"{payload.label!r} reads a file of the attacker's choice"
        if payload.value.startswith("()") and isinstance(obs.get("returned"), list) and obs["returned"]:
            return f"{payload.label!r} reaches the interpreter's classes"
        return ""

    def differs(self, orig: Sequence[Obs], cand: Sequence[Obs], ctx: Context) -> str:
        values = self.benign(ctx)
        own = len(values) - len(ARITHMETIC) - len(LITERALS) - len(SETTINGS)
        a, b = own + len(ARITHMETIC), own + len(ARITHMETIC) + len(LITERALS)
        groups = [range(0, own), range(own, a), range(a, b), range(b, len(values))]
        pairs = list(zip(orig, cand))
        first = ""
        kept = False
        for n, group in enumerate(groups):
            handled = [i for i in group if i < len(pairs) and "raised" not in pairs[i][0]]
            why = next((w for i in handled if (w := outcome_differs(*pairs[i]))), "")
            if n == 0 and why:
                return why  # the file's own expressions must keep working
            if handled and not why:
                kept = True
            first = first or why
        return "" if kept else first
