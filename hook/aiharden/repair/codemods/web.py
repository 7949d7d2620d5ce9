"""Web-handler fixes: log injection, exception text in responses, user paths, Markup from formatting."""
from __future__ import annotations

import ast
import re

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import fstring
from aiharden.repair.codemods.strings import has_values
from aiharden.repair.codemods.strings import literal_text
from aiharden.repair.codemods.strings import quote_of
from aiharden.repair.codemods.strings import quote_str
from aiharden.repair.edits import Edit

_LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
_GENERIC = '"Internal server error"'
_STATUS_TEXT = {400: '"Bad request"', 401: '"Unauthorized"', 403: '"Forbidden"', 404: '"Not found"',
                409: '"Conflict"', 422: '"Invalid request"'}
_LITERALS = (cst.SimpleString, cst.Integer, cst.Float, cst.ConcatenatedString)


_CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])")


def _conversions(fmt: str) -> str:
    """The conversion letter of each %-placeholder of a log message, in order ("%%" is none)."""
    return "".join(m[1] for m in _CONVERSION.finditer(fmt) if m[1] != "%")


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
        kinds = _conversions(literal_text(msg.value) or "")
        for k, a in enumerate(pos[skip + 1 :]):
            if k < len(kinds) and kinds[k] not in "sr":
                continue  # %d, %f, %x ...: a number, which cannot carry a line break (and must stay one)
            if not isinstance(a.value, _LITERALS) and not _is_sanitized(a.value) and not ctx.is_number(a.value, call):
                out[a.value] = cst.parse_expression(_sanitized(ctx, a.value))
    out.update(_written_lines(ctx))
    return [Draft("log-sanitize", out)] if out else []


def _one_line(ctx: Context, expr: cst.BaseExpression) -> cst.BaseExpression:
    """The value with every line break that str.splitlines() knows (CR, LF, U+2028, ...) turned into a space; no
    backslash and no quote, so it also fits inside an f-string."""
    return cst.parse_expression(f"chr(32).join(str({ctx.code(expr)}).splitlines())")


def _written_lines(ctx: Context) -> dict[cst.CSTNode, cst.CSTNode]:
    """A line written to a file (`fh.write(line)`, `fh.write(line + "\\n")`, `fh.write(f"...")`): every value
    interpolated into it — where it is written, or where the function built it before — stays on one line."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: isinstance(c.func, cst.Attribute) and c.func.attr.value == "write"):
        pos = calls.positional(call)
        if len(pos) != 1:
            continue
        pieces: list[cst.BaseExpression] = [pos[0].value]
        if isinstance(pos[0].value, cst.BinaryOperation) and isinstance(pos[0].value.operator, cst.Add):
            pieces = [pos[0].value.left, pos[0].value.right]
        for piece in pieces:
            if isinstance(piece, cst.Name):
                piece = _built_before(ctx, call, piece.value) or piece
            if not isinstance(piece, cst.FormattedString):
                continue
            for part in piece.parts:
                if isinstance(part, cst.FormattedStringExpression) and part.conversion is None and not part.format_spec \
                        and not ctx.is_number(part.expression, call) and not _is_sanitized(part.expression) \
                        and not (isinstance(part.expression, cst.Call) and not part.expression.args):
                    out[part.expression] = _one_line(ctx, part.expression)
    return out


def _built_before(ctx: Context, at: cst.CSTNode, name: str) -> cst.BaseExpression | None:
    """The value `name = <value>` last assigned before `at` in the function that holds it."""
    function = next((a for a in ctx.ancestors(at) if isinstance(a, cst.FunctionDef)), None)
    if function is None:
        return None
    line = ctx.span(at)[0]
    found = None
    for node in ctx.nodes_in(function):
        if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name) \
                and node.targets[0].target.value == name and ctx.span(node)[0] < line:
            found = node.value
    return found


def _exception_names(ctx: Context, node: cst.CSTNode) -> set[str]:
    """Names bound to an exception here: `except ... as e`, or an error handler's parameter annotated with an
    exception class (`def handle(exc: Exception)`)."""
    names = set()
    for a in ctx.ancestors(node):
        if isinstance(a, cst.ExceptHandler) and a.name is not None and isinstance(a.name.name, cst.Name):
            names.add(a.name.name.value)
        if isinstance(a, cst.FunctionDef):
            for p in (*a.params.posonly_params, *a.params.params):
                kind = ctx.qualname(p.annotation.annotation) if p.annotation is not None else None
                if kind and kind.rsplit(".", 1)[-1].endswith(("Exception", "Error")):
                    names.add(p.name.value)
    return names


def traceback_exposed(ctx: Context) -> list[Draft]:
    leaks: list[cst.CSTNode] = []
    for node in ctx.nodes():
        stmt = ctx.statement_of(node)
        in_log = any(isinstance(a, cst.Call) and _is_log_call(ctx, a) for a in ctx.ancestors(node))
        if stmt is None or in_log:
            continue
        # the exception's class name tells nothing internal: `type(exc).__name__` stays
        if any(isinstance(a, cst.Attribute) and a.attr.value == "__name__" for a in ctx.ancestors(node)):
            continue
        # `raise ... from exc` chains the exception for the logs: the cause is not sent anywhere
        if any(isinstance(a, cst.Raise) and a.cause is not None and _contains(a.cause, node)
               for a in ctx.ancestors(node)):
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
            out[top] = cst.parse_expression(_own_words(ctx, top, leaks) or _generic(ctx, top))
    for node in list(out):
        if any(a in out for a in ctx.ancestors(node)):
            del out[node]
    for node in list(out):
        _drop_internals(ctx, node, out)
    return [Draft("generic-error-message", out)] if out else []


def _own_words(ctx: Context, top: cst.CSTNode, leaks: list[cst.CSTNode]) -> str | None:
    """The message the code wrote around the exception, without it: f"report {name} failed: {exc}" →
    f"report {name} failed". None when the code wrote no words of its own."""
    if not isinstance(top, cst.BaseExpression):
        return None
    parts = flatten(top)
    if parts is None or not any(isinstance(p, str) and p.strip(" :-,;") for p in parts):
        return None
    leaked = [p for p in parts if isinstance(p, Value) and any(_contains(p.expr, leak) for leak in leaks)]
    if not leaked:
        return None
    kept = [p for p in parts if not any(p is x for x in leaked)]
    while kept and isinstance(kept[-1], str) and not kept[-1].strip(" :-,;()[]"):
        kept.pop()  # the separator that introduced the exception
    if kept and isinstance(kept[-1], str):
        kept[-1] = kept[-1].rstrip(" :-,;(")
    if not any(isinstance(p, str) and p.strip() for p in kept):
        return None
    if not any(isinstance(p, Value) for p in kept):
        return quote_str("".join(p for p in kept if isinstance(p, str)), quote_of(top))
    return fstring(kept, {id(p): ctx.code(p.expr) for p in kept if isinstance(p, Value)}, quote_of(top))


def _contains(node: cst.CSTNode, part: cst.CSTNode) -> bool:
    return node is part or any(_contains(child, part) for child in node.children)


def _generic(ctx: Context, top: cst.CSTNode) -> str:
    """A message that says what the status says: "Not found" for a 404, "Internal server error" otherwise."""
    for a in ctx.ancestors(top):
        if isinstance(a, cst.Tuple) and len(a.elements) == 2 and isinstance(a.elements[1].value, cst.Integer):
            return _STATUS_TEXT.get(int(a.elements[1].value.value), _GENERIC)  # Flask's (body, status)
        if isinstance(a, cst.Call):
            status = calls.kwarg(a, "status_code") or calls.kwarg(a, "status") or next(iter(calls.positional(a)), None)
            if status is not None and isinstance(status.value, cst.Integer):
                return _STATUS_TEXT.get(int(status.value.value), _GENERIC)
    return _GENERIC


def _drop_internals(ctx: Context, node: cst.CSTNode, out: dict[cst.CSTNode, cst.CSTNode]) -> None:
    """An error body that carried the exception as one entry of a dict loses the other entries that are not
    literals (the SQL text, a file path, a variable of the code): an error body names no internals."""
    element = ctx.parent(node)
    body = ctx.parent(element) if isinstance(element, cst.DictElement) else None
    if not isinstance(body, cst.Dict) or body in out:
        return
    kept = [e for e in body.elements if e is element or (
        isinstance(e, cst.DictElement) and (isinstance(e.value, _LITERALS) or _public(ctx, e.value)))]
    if len(kept) == len(body.elements):
        return
    replaced = [e.with_changes(value=out.pop(node)) if e is element else e for e in kept]
    last = replaced[-1]
    if isinstance(last, cst.DictElement) and kept[-1] is not body.elements[-1] or len(kept) == 1:
        # the last entry kept ends as the body's last entry did (with or without a trailing comma)
        replaced[-1] = last.with_changes(comma=body.elements[-1].comma if len(kept) > 1 else cst.MaybeSentinel.DEFAULT)
    out[body] = body.with_changes(elements=replaced)


def _public(ctx: Context, value: cst.BaseExpression) -> bool:
    """An error-body value that tells the client nothing internal: what the request itself holds (`request.url
    .path`, `request.method`) or the exception's class name (`type(exc).__name__`)."""
    code = ctx.code(value)
    if re.fullmatch(r"type\(\w+\)\.__name__|\w+\.__class__\.__name__", code):
        return True
    return bool(re.fullmatch(r"(request|req)(\.\w+)+(\(\))?", code))


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


BODY_LIMIT = "16 * 1024 * 1024"  # bytes: Flask answers 413 Request Entity Too Large above it


def body_limit(ctx: Context) -> list[Draft]:
    """An application that reads whole request bodies gets a size limit where it is made: after `app = Flask(...)`
    (at module level or in the application factory), app.config["MAX_CONTENT_LENGTH"] = 16 MiB."""
    tree = ast.parse(ctx.source)
    apps = [n for n in ast.walk(tree) if isinstance(n, ast.Assign) and len(n.targets) == 1
            and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.Call)
            and ast.unparse(n.value.func).rsplit(".", 1)[-1] == "Flask"]
    if len(apps) != 1:
        return []
    app = apps[0]
    assert isinstance(app.targets[0], ast.Name)
    end = app.end_lineno or app.lineno
    line = ctx.source.splitlines()[app.lineno - 1]
    indent = line[: len(line) - len(line.lstrip())]
    nl = ctx.module.default_newline
    text = f'{indent}{app.targets[0].id}.config["MAX_CONTENT_LENGTH"] = {BODY_LIMIT}  # larger requests get 413{nl}'
    return [Draft("flask-body-limit", {}, elsewhere=(Edit(end + 1, end, text),))]
