"""A shell command string as the argument list /bin/sh would have run, when it has no shell syntax."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

import libcst as cst

from aiharden.repair.codemods import flow
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.strings import Template
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import fstring
from aiharden.repair.codemods.strings import quote_str

# anything the shell would expand, redirect, chain or glob: such a command has no argv equivalent
_META = set("|&;<>()$`*?[]{}~#\n\\")
_DQ_META = set("$`\\")
# trailing output redirects to /dev/null have a direct subprocess equivalent
_DEVNULL = (
    (re.compile(r"\s*(?:1?>\s*/dev/null\s+2>&1|&>\s*/dev/null)\s*$"), ("stdout", "stderr")),
    (re.compile(r"\s*2>\s*/dev/null\s*$"), ("stderr",)),
    (re.compile(r"\s*1?>\s*/dev/null\s*$"), ("stdout",)),
)


@dataclass(frozen=True)
class Argv:
    code: str  # source of the list expression
    devnull: tuple[str, ...]  # streams the command sent to /dev/null


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[str, ...]  # one list expression per command, first to last, each reading the one before
    cwd: str | None  # `cd DIR && ...`: the folder the commands run in, as code
    devnull: tuple[str, ...]  # streams the last command sent to /dev/null


def argv(ctx: Context, cmd: cst.BaseExpression) -> Argv | None:
    """The list expression equivalent to running cmd through /bin/sh, or None."""
    t = _inlined(ctx, flatten(cmd), cmd)
    if t is None:
        return None
    t, devnull = _redirects(t)
    code = _argv_code(ctx, [_unquoted(ctx, p) if isinstance(p, Value) else p for p in t], cmd)
    return None if code is None else Argv(code, devnull)


def pipeline(ctx: Context, cmd: cst.BaseExpression) -> Pipeline | None:
    """cmd as commands joined by `|`, optionally after `cd DIR &&`, each an argument list; None for any other
    shell syntax, and for a single command without `cd` (argv's)."""
    t = _inlined(ctx, flatten(cmd), cmd)
    if t is None:
        return None
    t, devnull = _redirects(t)
    parts = _cut([_unquoted(ctx, p) if isinstance(p, Value) else p for p in t])
    if parts is None:
        return None
    ops, segments = [op for op, _ in parts[1:]], [seg for _, seg in parts]
    cwd = None
    if ops and ops[0] == "&&":
        words = _split(segments[0])
        if not words or len(words) != 2 or words[0] != ["cd"]:
            return None
        cwd = _word(ctx, words[1], cmd)
        ops, segments = ops[1:], segments[1:]
    if cwd is None and len(segments) < 2 or any(op != "|" for op in ops):
        return None
    stages = [_argv_code(ctx, seg, cmd) for seg in segments]
    if any(code is None for code in stages):
        return None
    return Pipeline(tuple(code for code in stages if code is not None), cwd, devnull)


def _inlined(ctx: Context, t: Template | None, near: cst.CSTNode, depth: int = 2) -> Template | None:
    """t with each value that is a local name holding command text built just before (`args = f"checkout -b
    {name}"`) replaced by that text: the shell splits it into words, so the argument list must too."""
    if t is None or depth == 0:
        return t
    out: Template = []
    for p in t:
        assign = flow.assignment_before(ctx, near, p.expr.value) if isinstance(p, Value) and isinstance(
            p.expr, cst.Name) and not p.conversion and not p.spec else None
        inner = _inlined(ctx, flatten(assign.value), assign, depth - 1) if assign is not None else None
        if inner is None or not any(isinstance(x, str) and x.strip() for x in inner):
            out.append(p)
        else:
            out.extend(inner)
    return out


def _argv_code(ctx: Context, t: Template, near: cst.CSTNode) -> str | None:
    words = _split(t)
    if not words:
        return None
    first = words[0]
    if first and isinstance(first[0], str) and "=" in first[0].split("/")[0]:
        return None  # `VAR=value cmd` sets the environment: not an argument list
    out: list[str] = []
    for w in words:
        code = _word(ctx, w, near)
        if code is None:
            return None
        out.append(code)
    return "[" + ", ".join(out) + "]"


def _cut(t: Template) -> list[tuple[str, Template]] | None:
    """t cut at the `|` and `&&` outside quotes: (the operator before it, the command); None for `||` or `&`."""
    stream: list[str | Value] = [c for p in t for c in (p if isinstance(p, str) else [p])]
    out: list[tuple[str, Template]] = [("", [])]
    quote = ""
    i = 0
    while i < len(stream):
        x = stream[i]
        nxt = stream[i + 1] if i + 1 < len(stream) else ""
        if isinstance(x, Value) or quote and x != quote:
            out[-1][1].append(x)
        elif quote or x in ("'", '"'):
            quote = "" if quote else str(x)
            out[-1][1].append(x)
        elif x == "|":
            if nxt in ("|", "&"):
                return None
            out.append(("|", []))
        elif x == "&":
            if nxt != "&":
                return None
            out.append(("&&", []))
            i += 1
        else:
            out[-1][1].append(x)
        i += 1
    return None if quote or any(not seg or not "".join(c for c in seg if isinstance(c, str)).strip() and
                                not any(isinstance(c, Value) for c in seg) for _, seg in out) else out


def _unquoted(ctx: Context, v: Value) -> Value:
    """shlex.quote(x) made x one shell word; in an argument list x is one item as it is."""
    e = v.expr
    if isinstance(e, cst.Call) and ctx.qualname(e.func) in ("shlex.quote", "pipes.quote") and len(e.args) == 1:
        return Value(e.args[0].value, v.conversion, v.spec)
    return v


def _redirects(t: Template) -> tuple[Template, tuple[str, ...]]:
    streams: list[str] = []
    while t and isinstance(t[-1], str):
        for pattern, names in _DEVNULL:
            m = pattern.search(t[-1])
            if m and not set(names) & set(streams):
                t = [*t[:-1], t[-1][: m.start()]] if m.start() else t[:-1]
                streams.extend(names)
                break
        else:
            break
    return t, tuple(sorted(streams, key=("stdout", "stderr").index))


def _split(t: Template) -> list[Template] | None:
    stream: list[str | Value] = [c for p in t for c in (p if isinstance(p, str) else [p])]
    words: list[Template] = []
    cur: list[str | Value] = []
    started = False
    quote = ""
    for x in stream:
        if isinstance(x, Value):
            cur.append(x)
            started = True
        elif quote == "'":
            if x == "'":
                quote = ""
            else:
                cur.append(x)
        elif quote == '"':
            if x == '"':
                quote = ""
            elif x in _DQ_META:
                return None
            else:
                cur.append(x)
        elif x in ("'", '"'):
            quote, started = x, True
        elif x in " \t":
            if started:
                words.append(_merge(cur))
            cur, started = [], False
        elif x in _META:
            return None
        else:
            cur.append(x)
            started = True
    if quote:
        return None
    if started:
        words.append(_merge(cur))
    return words


def _merge(chars: list[str | Value]) -> Template:
    out: Template = []
    for c in chars:
        if isinstance(c, str) and out and isinstance(out[-1], str):
            out[-1] += c
        else:
            out.append(c)
    return out or [""]


def _word(ctx: Context, w: Template, near: cst.CSTNode) -> str | None:
    if all(isinstance(p, str) for p in w):
        return quote_str("".join(p for p in w if isinstance(p, str)))
    if any(isinstance(p, Value) and _several_words(ctx, p.expr) for p in w):
        return None  # the shell splits what the callers pass: one argument would mean something else
    if len(w) == 1 and isinstance(w[0], Value) and not w[0].conversion and w[0].spec in ("", "d"):
        src = ctx.code(w[0].expr)
        # argv items must be str or PathLike: keep an int (a count, a port) working as it did in the string
        number = w[0].spec == "d" or ctx.is_number(w[0].expr, near) or _int_constant(ctx, w[0].expr)
        return f"str({src})" if number else src
    return fstring(w, {id(p): ctx.code(p.expr) for p in w if isinstance(p, Value)})


def _int_constant(ctx: Context, expr: cst.BaseExpression) -> bool:
    """A module constant bound to an integer (`PING_COUNT = 3`)."""
    if not isinstance(expr, cst.Name):
        return False
    values = [n.value for n in ast.parse(ctx.source).body if isinstance(n, ast.Assign)
              and any(isinstance(t, ast.Name) and t.id == expr.value for t in n.targets)]
    return bool(values) and all(isinstance(v, ast.Constant) and type(v.value) is int for v in values)


def _several_words(ctx: Context, expr: cst.BaseExpression) -> bool:
    """expr is a parameter of its function to which a caller in the file passes text with a space in its literal
    part (`self._git(f"fetch {remote}")`): the value holds several words, which the shell splits."""
    fn = next((a for a in ctx.ancestors(expr) if isinstance(a, cst.FunctionDef)), None)
    if not isinstance(expr, cst.Name) or fn is None:
        return False
    names = [p.name.value for p in fn.params.params]
    if expr.value not in names:
        return False
    index = names.index(expr.value)
    for call in ast.walk(ast.parse(ctx.source)):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        method = isinstance(func, ast.Attribute) and func.attr == fn.name.value
        if not (method or isinstance(func, ast.Name) and func.id == fn.name.value):
            continue
        at = index - 1 if method and names[:1] in (["self"], ["cls"]) else index
        given = [k.value for k in call.keywords if k.arg == expr.value] or call.args[at:at + 1]
        for g in given:
            # the text the caller builds, each value it puts in standing for one word
            parts = g.values if isinstance(g, ast.JoinedStr) else [g]
            text = "".join(p.value if isinstance(p, ast.Constant) and isinstance(p.value, str) else "x"
                           for p in parts)
            if isinstance(g, (ast.JoinedStr, ast.Constant)) and any(ch.isspace() for ch in text.strip()):
                return True
    return False
