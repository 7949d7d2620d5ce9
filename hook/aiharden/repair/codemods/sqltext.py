"""Turn an interpolated SQL template into placeholder text plus parameters, when every value sits in a value slot."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from aiharden.repair.codemods.strings import Template
from aiharden.repair.codemods.strings import Value

_VALUE_OPS = {"=", "==", "!=", "<>", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||"}
_VALUE_WORDS = {"LIKE", "ILIKE", "GLOB", "LIMIT", "OFFSET", "THEN", "ELSE", "BETWEEN"}
_GLUED = re.compile(r"[A-Za-z0-9_.$`\[\]]")
_OP_CHARS = "<>=!|+-*/%"


@dataclass(frozen=True)
class Parameterized:
    text: str  # SQL with placeholders
    params: tuple[Template, ...]  # one template per placeholder: a lone Value or a quoted literal's pieces
    names: tuple[str, ...]  # placeholder names (named style), else empty strings


def parameterize(t: Template, style: str, namer: Callable[[Template], str]) -> Parameterized | None:
    """None when any interpolation is in an identifier slot (table, column, ORDER BY, ...)."""
    stream: list[str | Value] = [c for p in t for c in (p if isinstance(p, str) else [p])]
    out: list[str] = []
    params: list[Template] = []
    used: list[str] = []
    tokens: list[str] = []
    stack: list[str] = []
    last_closed = ""
    i, n = 0, len(stream)

    def placeholder(param: Template) -> str:
        params.append(param)
        if style == "named":
            name = namer(param)
            used.append(name)
            return f":{name}"
        used.append("")
        return "%s" if style == "format" else "?"

    def slot_ok(nxt: str) -> bool:
        prev = tokens[-1] if tokens else ""
        if prev in _VALUE_OPS or prev in _VALUE_WORDS:
            return True
        if prev == "AND" and len(tokens) >= 3 and tokens[-3] == "BETWEEN":
            return True
        top = stack[-1] if stack else ""
        if prev in ("(", ",") and top == "VALUES":
            return True
        return prev in ("(", ",") and top == "IN" and not (prev == "(" and nxt == ")")

    while i < n:
        x = stream[i]
        if isinstance(x, Value):
            before = stream[i - 1] if i else " "
            after = stream[i + 1] if i + 1 < n else " "
            if isinstance(before, Value) or isinstance(after, Value) or _GLUED.match(before) or _GLUED.match(after):
                return None
            if not slot_ok(_next_char(stream, i + 1)):
                return None
            out.append(placeholder([x]))
            tokens.append("?")
            i += 1
        elif x in ("'", '"'):
            j, lit = i + 1, []
            while j < n and not (stream[j] == x and (j + 1 >= n or stream[j + 1] != x)):
                lit.append(stream[j])
                j += 2 if stream[j] == x else 1
            if j >= n:
                return None
            if any(isinstance(c, Value) for c in lit):
                if not slot_ok(_next_char(stream, j + 1)):
                    return None
                out.append(placeholder(_join(lit)))
                tokens.append("?")
            else:
                out.append(_escape_text("".join(c for c in stream[i : j + 1] if isinstance(c, str)), style))
                tokens.append("'")
            i = j + 1
        elif x.isspace():
            out.append(x)
            i += 1
        elif x.isalnum() or x == "_":
            j = _run(stream, i, lambda c: c.isalnum() or c in "_.$")
            word = "".join(c for c in stream[i:j] if isinstance(c, str))
            out.append(word)
            tokens.append(word.upper())
            i = j
        elif x in _OP_CHARS:
            j = _run(stream, i, lambda c: c in _OP_CHARS)
            op = "".join(c for c in stream[i:j] if isinstance(c, str))
            out.append(_escape_text(op, style))
            tokens.append(op)
            i = j
        else:
            if x == "(":
                opener = tokens[-1] if tokens else ""
                stack.append("VALUES" if opener == "," and last_closed == "VALUES" else opener)
            elif x == ")":
                last_closed = stack.pop() if stack else ""
            out.append(_escape_text(x, style))
            tokens.append(x)
            i += 1
    if not params:
        return None
    return Parameterized("".join(out), tuple(params), tuple(used))


def _run(stream: list[str | Value], i: int, pred: Callable[[str], bool]) -> int:
    """End of the run of plain characters from i that satisfy pred."""
    while i < len(stream):
        c = stream[i]
        if not isinstance(c, str) or not pred(c):
            break
        i += 1
    return i


def _next_char(stream: list[str | Value], i: int) -> str:
    while i < len(stream):
        c = stream[i]
        if isinstance(c, Value):
            return "?"
        if not c.isspace():
            return c
        i += 1
    return ""


def _join(chars: list[str | Value]) -> Template:
    out: Template = []
    for c in chars:
        if isinstance(c, str) and out and isinstance(out[-1], str):
            out[-1] += c
        else:
            out.append(c)
    return out


def _escape_text(text: str, style: str) -> str:
    # with the format paramstyle a literal percent sign must be doubled once parameters are passed
    return text.replace("%", "%%") if style == "format" else text
