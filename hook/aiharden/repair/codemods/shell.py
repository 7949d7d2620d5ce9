"""CWE-78: a shell command string → an argument list run without a shell."""
from __future__ import annotations

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import Template
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import fstring
from aiharden.repair.codemods.strings import quote_str

_SUBPROCESS = {f"subprocess.{f}" for f in ("run", "call", "check_call", "check_output", "Popen")}
# anything the shell would expand, redirect, chain or glob: such a command has no argv equivalent
_META = set("|&;<>()$`*?[]{}~#\n\\")
_DQ_META = set("$`\\")


def propose(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    for call in ctx.find(cst.Call):
        name = ctx.qualname(call.func)
        if name in _SUBPROCESS:
            draft = _shell_true(ctx, call)
        elif name == "os.system":
            draft = _os_system(ctx, call)
        elif isinstance(call.func, cst.Attribute) and call.func.attr.value in ("read", "readlines"):
            draft = _os_popen(ctx, call)
        else:
            draft = None
        if draft is not None:
            drafts.append(draft)
    return drafts


def argv(ctx: Context, cmd: cst.BaseExpression) -> str | None:
    """Source of a list expression equivalent to running cmd through /bin/sh, or None."""
    t = flatten(cmd)
    if t is None:
        return None
    words = _split(t)
    if not words:
        return None
    first = words[0]
    if first and isinstance(first[0], str) and "=" in first[0].split("/")[0]:
        return None  # `VAR=value cmd` sets the environment: not an argument list
    out: list[str] = []
    for w in words:
        code = _word(ctx, w, cmd)
        if code is None:
            return None
        out.append(code)
    return "[" + ", ".join(out) + "]"


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
    if len(w) == 1 and isinstance(w[0], Value) and not w[0].conversion and w[0].spec in ("", "d"):
        src = ctx.code(w[0].expr)
        return f"str({src})" if w[0].spec == "d" or _not_a_string(ctx, w[0].expr, near) else src
    return fstring(w, {id(p): ctx.code(p.expr) for p in w if isinstance(p, Value)})


def _not_a_string(ctx: Context, expr: cst.BaseExpression, near: cst.CSTNode) -> bool:
    # argv items must be str or PathLike: keep an int (a count, a port) working as it did in the string
    if isinstance(expr, (cst.Integer, cst.Float)):
        return True
    if isinstance(expr, cst.Call) and ctx.qualname(expr.func) in ("len", "int", "float"):
        return True
    if not isinstance(expr, cst.Name):
        return False
    for a in ctx.ancestors(near):
        if isinstance(a, cst.FunctionDef):
            for p in (*a.params.params, *a.params.kwonly_params, *a.params.posonly_params):
                if p.name.value == expr.value and p.annotation is not None:
                    return ctx.code(p.annotation.annotation) in ("int", "float")
            return False
    return False


def _shell_true(ctx: Context, call: cst.Call) -> Draft | None:
    shell = calls.kwarg(call, "shell")
    args = calls.positional(call)
    if shell is None or not calls.is_true(shell.value) or not args or calls.kwarg(call, "executable") is not None:
        return None
    cmd = args[0].value
    if isinstance(cmd, (cst.List, cst.Tuple)):
        return Draft("shell-false", {call: calls.remove_arg(call, shell)})
    lst = argv(ctx, cmd)
    if lst is None:
        return None
    new = calls.replace_arg(call, args[0], cst.parse_expression(lst))
    new = calls.remove_arg(new, next(a for a in new.args if a.keyword is not None and a.keyword.value == "shell"))
    return Draft("shell-to-argv", {call: new})


def _os_system(ctx: Context, call: cst.Call) -> Draft | None:
    args = calls.positional(call)
    if len(call.args) != 1 or len(args) != 1:
        return None
    lst = argv(ctx, args[0].value)
    if lst is None:
        return None
    used = not isinstance(ctx.parent(call), cst.Expr)
    code = f"subprocess.run({lst}, check=False)" + (".returncode" if used else "")
    return Draft("os-system-to-subprocess", {call: cst.parse_expression(code)}, ("subprocess",))


def _os_popen(ctx: Context, call: cst.Call) -> Draft | None:
    assert isinstance(call.func, cst.Attribute)
    inner = call.func.value
    if call.args or not isinstance(inner, cst.Call) or ctx.qualname(inner.func) != "os.popen":
        return None
    if len(inner.args) != 1 or inner.args[0].keyword is not None:
        return None
    lst = argv(ctx, inner.args[0].value)
    if lst is None:
        return None
    tail = ".stdout" if call.func.attr.value == "read" else ".stdout.splitlines(keepends=True)"
    code = f"subprocess.run({lst}, capture_output=True, text=True, check=False){tail}"
    return Draft("os-popen-to-subprocess", {call: cst.parse_expression(code)}, ("subprocess",))
