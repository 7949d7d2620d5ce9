"""CWE-22: a user-supplied name joined to a base folder → only its last component is kept."""
from __future__ import annotations

import ast
import re
from typing import cast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods import flow
from aiharden.repair.codemods import refusal
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.edits import Edit

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
    in_helpers: list[Edit] = []
    for sink, path in paths:
        out.update(_contain(ctx, sink, path))
        guards.update(_guard(ctx, sink, path))
        in_helpers += _guard_helper(ctx, sink, path)
    if in_helpers and not guards:  # the path is built by a helper of the file: it is checked where it is built
        needs = {m for e in in_helpers for m in ("flask", "fastapi", "django.http") if f"{m}." in e.text}
        return [Draft("path-containment-check", {}, ("os", *sorted(needs)), tuple(dict.fromkeys(in_helpers)))]
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


def _guard_helper(ctx: Context, sink: cst.CSTNode, path: cst.BaseExpression) -> list[Edit]:
    """The path comes from a top-level function of the file (`target = locate(owner, name)`): every join in it of
    a base folder and a value gets a check that the result stays inside that base, so each user-controlled part
    is contained by its own folder."""
    if isinstance(path, cst.Name) and isinstance(sink, cst.Call):
        assign = flow.assignment_before(ctx, sink, path.value)
        path = assign.value if assign is not None else path
    if not (isinstance(path, cst.Call) and isinstance(path.func, cst.Name)):
        return []
    defs = [n for n in ast.parse(ctx.source).body
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == path.func.value]
    if len(defs) != 1:
        return []
    edits: list[Edit] = []
    params = {a.arg for a in defs[0].args.args}
    guarded: set[str] = set()  # locals a guarded join made: contained, usable as a base
    folders = {c.args[0].id for c in ast.walk(defs[0]) if isinstance(c, ast.Call) and c.args
               and ast.unparse(c.func) in ("os.path.join", "path.join") and isinstance(c.args[0], ast.Name)}
    made: dict[str, ast.expr] = {}  # what every other local holds
    for stmt in defs[0].body:
        joined = stmt.value if isinstance(stmt, (ast.Assign, ast.Return)) else None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            made[stmt.targets[0].id] = stmt.value
        if not (isinstance(joined, ast.Call) and ast.unparse(joined.func) in ("os.path.join", "path.join")):
            continue
        first = joined.args[0] if joined.args else None
        if isinstance(first, ast.Name) and first.id not in guarded and (first.id in params or any(
                isinstance(n, ast.Name) and n.id in params for n in ast.walk(made.get(first.id, first)))):
            return []  # a base folder that a caller's value chose and no check here contains: not all parts held
        sub = Context.build(ctx.source, stmt.lineno, stmt.end_lineno or stmt.lineno, ctx.paramstyle)
        node = next(iter(sub.statements), None) if sub is not None else None
        if sub is None or not isinstance(node, cst.SimpleStatementLine) or len(node.body) != 1:
            continue
        small = node.body[0]
        value = small.value if isinstance(small, (cst.Assign, cst.Return)) else None
        if not isinstance(value, cst.Call) or len(calls.positional(value)) < 2 or not any(
                _user_part(sub, a.value) for a in calls.positional(value)[1:]):
            continue
        args = calls.positional(value)
        last = max(i for i, a in enumerate(args) if i > 0 and _user_part(sub, a.value))
        # the folder is everything joined before the last value a caller chose (`join(tenant, "documents", name)`)
        base = sub.code(args[0].value) if last == 1 else f"os.path.join({', '.join(sub.code(a.value) for a in args[:last])})"
        segment = False
        if isinstance(small, cst.Assign):
            if len(small.targets) != 1 or not isinstance(small.targets[0].target, cst.Name):
                continue
            name, before = small.targets[0].target.value, [cast(cst.BaseStatement, node)]
            after: list[cst.BaseStatement] = []
            guarded.add(name)
            # a folder name joined under the base that later joins build on (a tenant, an owner) names one folder:
            # it stays one plain segment, so no value reaches a sibling folder (`acme/../globex`)
            part = args[last].value
            segment = name in folders and last == len(args) - 1 and isinstance(part, cst.Name)
        else:
            name = _fresh_name(sub.source, "path")
            before = [cst.parse_statement(f"{name} = {sub.code(value)}\n", config=sub.module.config_for_parsing)]
            after = [cst.parse_statement(f"return {name}\n", config=sub.module.config_for_parsing)]
        refuse, _ = refusal.statement(sub, value, f"{{{name}!r}} is outside the allowed folder")
        root = f"os.path.realpath({base})"
        test = (f"os.path.basename({sub.code(args[last].value)}) != {sub.code(args[last].value)} or "
                f"{sub.code(args[last].value)} in (\"\", \".\", \"..\")" if segment
                else f"os.path.commonpath([{root}, os.path.realpath({name})]) != {root}")
        check = cst.parse_statement(f"if {test}:\n    {refuse}\n", config=sub.module.config_for_parsing)
        flat = cast(cst.CSTNode, cst.FlattenSentinel([*before, check, *after]))
        rendered = sub.render(Draft("path-containment-check", {node: flat}))
        if rendered is None:
            return []
        edits += [e for e in rendered if e.end_line >= e.start_line]  # imports are the caller's draft's
    return edits


def _fresh_name(source: str, stem: str) -> str:
    used = set(re.findall(r"\w+", source))
    return next(n for n in (f"full_{stem}", f"checked_{stem}", f"{stem}_", f"_{stem}_checked") if n not in used)


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
