"""CWE-22: a user-supplied name joined to a base folder → only its last component is kept."""
from __future__ import annotations

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods import flow
from aiharden.repair.codemods import refusal
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten

_SINKS = {
    "open",
    "io.open",
    "codecs.open",
    "builtins.open",
    "flask.send_file",
    "os.remove",
    "os.unlink",
    "shutil.copyfile",
    "shutil.copy",
}
_PATH_METHODS = {"read_text", "read_bytes", "write_text", "write_bytes", "open", "unlink", "save"}
_LITERALS = (cst.SimpleString, cst.ConcatenatedString, cst.Integer)


def open_user_path(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    paths: list[tuple[cst.CSTNode, cst.BaseExpression]] = []
    for call in ctx.find(cst.Call):
        name = ctx.qualname(call.func) or ""
        if name in _SINKS or name.rsplit(".", 1)[-1] == "send_file":
            paths += [(call, a.value) for a in calls.positional(call)[: 2 if name.startswith("shutil.") else 1]]
        elif isinstance(call.func, cst.Attribute) and call.func.attr.value in _PATH_METHODS:
            if call.func.attr.value == "save":
                paths += [(call, a.value) for a in calls.positional(call)[:1]]
            else:
                paths.append((call, call.func.value))
    guards: dict[cst.CSTNode, cst.CSTNode] = {}
    for sink, path in paths:
        out.update(_contain(ctx, sink, path))
        guards.update(_guard(ctx, sink, path))
    if not out:
        for join in ctx.find(cst.Call, lambda c: ctx.qualname(c.func) == "os.path.join"):
            out.update(_contain(ctx, join, join))
    if guards:  # keeps names with sub-folders working, which basename() would not
        needs = {m for sink, _ in paths for m in refusal.statement(ctx, sink, "")[1]}
        return [Draft("path-containment-check", guards, ("os", *sorted(needs)))]
    return [Draft("path-basename", out, ("os",))] if out else []


def _guard(ctx: Context, sink: cst.CSTNode, path: cst.BaseExpression) -> dict[cst.CSTNode, cst.CSTNode]:
    """`p = join(base, name)` gains a check right after it that the resolved p stays inside base: names with
    sub-folders keep working, `../` and absolute names are refused (PermissionError, an OSError)."""
    if not (isinstance(path, cst.Name) and isinstance(sink, cst.Call)):
        return {}
    assign = flow.assignment_before(ctx, sink, path.value)
    if assign is None:
        return {}
    value = assign.value
    if isinstance(value, cst.Call) and ctx.qualname(value.func) == "os.path.join" and len(calls.positional(value)) >= 2:
        base = calls.positional(value)[0].value
        parts = [a.value for a in calls.positional(value)[1:]]
    elif isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Divide):
        base, parts = value.left, [value.right]
    else:
        return {}
    if not any(_user_part(ctx, p) for p in parts):
        return {}
    stmt = ctx.statement_of(assign)
    if stmt is None:
        return {}
    root, name = f"os.path.realpath({ctx.code(base)})", path.value
    refuse, _ = refusal.statement(ctx, sink, f"{{{name}!r}} is outside the allowed folder")
    check = cst.parse_statement(
        f"if os.path.commonpath([{root}, os.path.realpath({name})]) != {root}:\n    {refuse}\n",
        config=ctx.module.config_for_parsing,
    )
    guarded = refusal.catching_try(ctx, sink)
    if guarded is not None and guarded not in ctx.ancestors(stmt) and guarded.body.body:
        # the function turns its errors into a return value: the refusal goes where its handler sees it
        first = guarded.body.body[0]
        return {first: cst.FlattenSentinel([check, first])}  # type: ignore[dict-item]
    return {stmt: cst.FlattenSentinel([stmt, check])}  # type: ignore[dict-item]


def _contain(ctx: Context, at: cst.CSTNode, path: cst.BaseExpression) -> dict[cst.CSTNode, cst.CSTNode]:
    """basename() around every non-constant part of path after its base folder."""
    parts: list[cst.BaseExpression] = []
    if isinstance(path, cst.Name) and isinstance(at, cst.Call):
        assign = flow.assignment_before(ctx, at, path.value)
        return _contain(ctx, at, assign.value) if assign is not None and assign.value is not path else {}
    if isinstance(path, cst.Call) and ctx.qualname(path.func) == "os.path.join":
        parts = [a.value for a in calls.positional(path)[1:]]
    elif isinstance(path, cst.BinaryOperation) and isinstance(path.operator, cst.Divide):
        node: cst.BaseExpression = path
        while isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Divide):
            parts.append(node.right)
            node = node.left
    else:
        t = flatten(path)
        if t is not None:
            parts = [p.expr for i, p in enumerate(t) if isinstance(p, Value) and i > 0]
    return {p: cst.parse_expression(f"os.path.basename({ctx.code(p)})") for p in parts if _user_part(ctx, p)}


def _user_part(ctx: Context, expr: cst.BaseExpression) -> bool:
    if isinstance(expr, _LITERALS):
        return False
    if isinstance(expr, cst.Call) and (ctx.qualname(expr.func) or "").endswith(("basename", "secure_filename")):
        return False
    return not (isinstance(expr, cst.Name) and expr.value.isupper())  # a module constant is configuration


_RESOLVERS = {"os.path.realpath", "os.path.abspath", "os.path.normpath"}


def prefix_check(ctx: Context) -> list[Draft]:
    """`path.startswith(base)` as a containment test → `os.path.commonpath([base, path]) == base`, which compares
    whole components: "/srv/data-old" no longer passes for "/srv/data". `not x.startswith(b)` becomes `!=`."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: isinstance(c.func, cst.Attribute) and c.func.attr.value == "startswith"):
        pos = calls.positional(call)
        if len(pos) != 1 or len(call.args) != 1 or isinstance(pos[0].value, (cst.Tuple, *_LITERALS)):
            continue
        assert isinstance(call.func, cst.Attribute)
        base, path = ctx.code(pos[0].value), ctx.code(call.func.value)
        resolved = isinstance(pos[0].value, cst.Call) and ctx.qualname(pos[0].value.func) in _RESOLVERS
        root = base if resolved else f"os.fspath({base})"  # commonpath gives a str, a Path base would never equal it
        parent = ctx.parent(call)
        negated = isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not)
        check = f"os.path.commonpath([{base}, {path}]) {'!=' if negated else '=='} {root}"
        out[parent if negated else call] = cst.parse_expression(check)  # type: ignore[index]
    return [Draft("path-commonpath-check", out, ("os",))] if out else []
