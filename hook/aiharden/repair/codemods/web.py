"""Web-handler fixes: log injection, exception text in responses, user paths, Markup from formatting."""
from __future__ import annotations

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import has_values
from aiharden.repair.codemods.strings import quote_of
from aiharden.repair.codemods.strings import quote_str

_LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
_GENERIC = '"Internal server error"'
_LITERALS = (cst.SimpleString, cst.Integer, cst.Float, cst.ConcatenatedString)


def _is_log_call(ctx: Context, call: cst.Call) -> bool:
    if not isinstance(call.func, cst.Attribute) or call.func.attr.value not in _LOG_METHODS:
        return False
    # `error` is also argparse's and Django messages' method: there the receiver must look like a logger
    receiver = ctx.code(call.func.value).lower()
    if call.func.attr.value != "error":
        return not isinstance(call.func.value, (cst.SimpleString, cst.Call)) or receiver.startswith("logging.")
    return receiver == "logging" or "log" in receiver.rsplit(".", 1)[-1] or "audit" in receiver


def _sanitized(ctx: Context, expr: cst.BaseExpression) -> str:
    return f'str({ctx.code(expr)}).replace("\\n", "\\\\n").replace("\\r", "\\\\r")'


def _is_sanitized(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "replace"


def log_injection(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: _is_log_call(ctx, c)):
        pos = calls.positional(call)
        skip = 1 if isinstance(call.func, cst.Attribute) and call.func.attr.value == "log" else 0
        if len(pos) <= skip or any(a.star for a in call.args):
            continue
        msg = pos[skip]
        t = flatten(msg.value)
        if t is not None and has_values(t) and len(pos) == skip + 1:
            fmt, lazy = "", []
            for p in t:
                if isinstance(p, str):
                    fmt += p.replace("%", "%%")
                    continue
                if p.conversion == "r" or p.spec:
                    break
                fmt += "%s"
                # a number cannot carry a line break
                lazy.append(ctx.code(p.expr) if ctx.is_number(p.expr, call) else _sanitized(ctx, p.expr))
            else:
                new = calls.replace_arg(call, msg, cst.parse_expression(quote_str(fmt, quote_of(msg.value))))
                for i, code in enumerate(lazy):
                    new = calls.insert_arg(new, skip + 1 + i, calls.new_arg(cst.parse_expression(code)))
                out[call] = new
            continue
        for a in pos[skip + 1 :]:
            if not isinstance(a.value, _LITERALS) and not _is_sanitized(a.value) and not ctx.is_number(a.value, call):
                out[a.value] = cst.parse_expression(_sanitized(ctx, a.value))
    return [Draft("log-sanitize", out)] if out else []


def _exception_names(ctx: Context, node: cst.CSTNode) -> set[str]:
    names = set()
    for a in ctx.ancestors(node):
        if isinstance(a, cst.ExceptHandler) and a.name is not None and isinstance(a.name.name, cst.Name):
            names.add(a.name.name.value)
    return names


def traceback_exposed(ctx: Context) -> list[Draft]:
    leaks: list[cst.CSTNode] = []
    for node in ctx.nodes():
        stmt = ctx.statement_of(node)
        in_log = any(isinstance(a, cst.Call) and _is_log_call(ctx, a) for a in ctx.ancestors(node))
        if stmt is None or in_log:
            continue
        is_exc = isinstance(node, cst.Name) and node.value in _exception_names(ctx, node)
        is_tb = isinstance(node, cst.Call) and (ctx.qualname(node.func) or "").startswith("traceback.format_")
        if (is_exc and not isinstance(ctx.parent(node), (cst.Attribute, cst.AsName))) or is_tb:
            leaks.append(node)
        elif is_exc and isinstance(ctx.parent(node), cst.Attribute):
            leaks.append(ctx.parent(node))  # type: ignore[arg-type]
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for leak in leaks:
        top = leak
        for a in ctx.ancestors(leak):
            if isinstance(a, (cst.Arg, cst.FormattedStringExpression)):
                continue
            if not _stringy(ctx, a):
                break
            top = a
        if not any(t is top for t in out):
            out[top] = cst.parse_expression(_GENERIC)
    for node in list(out):
        if any(a in out for a in ctx.ancestors(node)):
            del out[node]
    return [Draft("generic-error-message", out)] if out else []


def _stringy(ctx: Context, node: cst.CSTNode) -> bool:
    """Builds text from its parts: replacing it whole keeps no trace of the exception."""
    if isinstance(node, (cst.FormattedString, cst.ConcatenatedString, cst.Subscript)):
        return True
    if isinstance(node, cst.BinaryOperation):
        return isinstance(node.operator, (cst.Add, cst.Modulo))
    if isinstance(node, cst.Call):
        if isinstance(node.func, cst.Attribute) and node.func.attr.value in ("format", "join"):
            return True
        return ctx.qualname(node.func) in ("str", "repr", "format")
    return False


def _is_escaped(ctx: Context, expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Call) and (ctx.qualname(expr.func) or "").rsplit(".", 1)[-1] == "escape"


def markup_escape(ctx: Context) -> list[Draft]:
    """Markup(<formatted>) → Markup(<literal>).format(...), which escapes; else escape() around each value."""
    as_format: dict[cst.CSTNode, cst.CSTNode] = {}
    escaped: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: (ctx.qualname(c.func) or "").rsplit(".", 1)[-1] == "Markup"):
        pos = calls.positional(call)
        t = flatten(pos[0].value) if len(pos) == 1 and len(call.args) == 1 else None
        if t is None or not has_values(t):
            continue
        fmt, values = "", []
        for p in t:
            if isinstance(p, str):
                fmt += p.replace("{", "{{").replace("}", "}}")
            else:
                fmt += "{" + (f"!{p.conversion}" if p.conversion else "") + (f":{p.spec}" if p.spec else "") + "}"
                values.append(ctx.code(p.expr))
        literal = quote_str(fmt, quote_of(pos[0].value))
        as_format[call] = cst.parse_expression(f"{ctx.code(call.func)}({literal}).format({', '.join(values)})")
        if any(isinstance(p, Value) and p.conversion for p in t):
            continue
        for p in t:
            if isinstance(p, Value) and not isinstance(p.expr, _LITERALS) and not _is_escaped(ctx, p.expr):
                escaped[p.expr] = cst.parse_expression(f"markupsafe.escape({ctx.code(p.expr)})")
    drafts = [Draft("markup-format", as_format)] if as_format else []
    return drafts + ([Draft("markup-escape", escaped, ("markupsafe",))] if escaped else [])
