"""CWE-89, SQL built over several statements: `sql = "... '%s'" % a`, then `sql += " AND b = '%s'" % b` under
conditions, then `execute(sql)` → placeholders in every piece, a parameter list that grows with them, and the list
passed to execute."""
from __future__ import annotations

import ast
from typing import cast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import walk
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.layout import layout_like
from aiharden.repair.codemods.splice import Splices
from aiharden.repair.codemods.sql import namer
from aiharden.repair.codemods.sql import param_expr
from aiharden.repair.codemods.sql import styles
from aiharden.repair.codemods.sqltext import parameterize
from aiharden.repair.codemods.strings import Template
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import has_values
from aiharden.repair.edits import Edit


def propose(ctx: Context) -> list[Draft]:
    """Drafts for each SQL name built in pieces on the flagged lines and executed once in the same function."""
    drafts: list[Draft] = []
    seen: set[str] = set()
    for node in [*ctx.find(cst.Assign), *ctx.find(cst.AugAssign)]:
        name = _target(node)
        function = next((a for a in ctx.ancestors(node) if isinstance(a, cst.FunctionDef)), None)
        if name is None or function is None or name in seen:
            continue
        seen.add(name)
        for style in styles(ctx, False):
            draft = _rewrite(ctx, function, name, style)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _target(node: cst.CSTNode) -> str | None:
    if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name):
        return node.targets[0].target.value
    if isinstance(node, cst.AugAssign) and isinstance(node.operator, cst.AddAssign) and isinstance(node.target, cst.Name):
        return node.target.value
    return None


def _rewrite(ctx: Context, function: cst.FunctionDef, name: str, style: str) -> Draft | None:
    bindings: list[cst.Assign | cst.AugAssign] = []
    executes: list[cst.Call] = []
    for node in walk(function.body):
        if isinstance(node, cst.Name) and node.value == name and _is_binding(ctx, node):
            parent = ctx.parent(node)
            holder = ctx.parent(parent) if isinstance(parent, cst.AssignTarget) else parent
            if not isinstance(holder, (cst.Assign, cst.AugAssign)) or _target(holder) != name:
                return None  # bound some other way (a loop variable, `-=`, a tuple)
            bindings.append(holder)
        elif isinstance(node, cst.Call) and (_executes(node, name) or _helper_call(ctx, node, name) is not None):
            executes.append(node)
    if len(executes) != 1 or not bindings or not isinstance(bindings[0], cst.Assign):
        return None
    helper = _helper_call(ctx, executes[0], name)
    if len(bindings) < 2 and helper is None:
        return None  # one statement executed in place is sql.py's
    if any(isinstance(b, cst.Assign) and _piece(b, name) is None for b in bindings[1:]):
        return None  # rebound to something other than itself plus a piece
    first = cast(cst.SimpleStatementLine, ctx.statement_of(bindings[0]))
    block = ctx.parent(first)
    if block is None or not all(block in list(ctx.ancestors(n)) for n in [*bindings[1:], executes[0]]):
        return None  # the pieces must all come after the first one, inside its block
    params_name = _free(function, "params")
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    any_values = False
    for binding in bindings:
        found = _piece(binding, name) if binding is not bindings[0] else (binding.value, flatten(binding.value))
        if found is None or found[1] is None:
            return None
        piece, template = found
        if template is None:
            return None
        new_text, values = _placeholders(ctx, piece, template, style)
        if new_text is None:
            return None
        any_values |= bool(values)
        stmt = ctx.statement_of(binding)
        if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
            return None
        if values and piece is binding.value and isinstance(binding, cst.Assign) and binding is not bindings[0]:
            # `sql = sql + ...`: the whole right side was the piece after the name
            new_text = cst.BinaryOperation(left=cst.Name(name), operator=cst.Add(), right=new_text)
        kept = stmt.deep_replace(piece, new_text) if values else stmt
        if binding is bindings[0]:
            extra = f"{params_name} = [{', '.join(values)}]"
        elif len(values) == 1:
            extra = f"{params_name}.append({values[0]})"
        elif values:
            extra = f"{params_name}.extend([{', '.join(values)}])"
        else:
            continue
        added = cst.parse_statement(extra, config=ctx.module.config_for_parsing)
        out[stmt] = cst.FlattenSentinel([cast(cst.SimpleStatementLine, kept), added])  # type: ignore[assignment]
    if not any_values:
        return None
    call = executes[0]
    elsewhere: tuple[Edit, ...] = ()
    if helper is None:
        out[call] = calls.insert_arg(call, 1, calls.new_arg(cst.Name(params_name)))
    else:
        at, edits = helper
        out[call] = calls.insert_arg(call, at + 1, calls.new_arg(cst.Name(params_name)))
        elsewhere = edits
    kind = "pieces" if len(bindings) > 1 else "helper"
    label = f"sql-parameterize-{kind}" if len(styles(ctx, False)) == 1 else f"sql-parameterize-{kind}-{style}"
    return Draft(label, out, (), elsewhere)


def _helper_call(ctx: Context, call: cst.Call, name: str) -> tuple[int, tuple[Edit, ...]] | None:
    """(the position of name among call's arguments, the helper's edits) when call hands name to a function of
    this file that executes it as it is (`self._run(sql)`, `asyncio.to_thread(self._run, sql)`): the helper
    gains a parameters argument (default empty) that it passes to execute."""
    args = calls.positional(call)
    if len(args) != len(call.args):
        return None
    at = next((i for i, a in enumerate(args) if isinstance(a.value, cst.Name) and a.value.value == name), None)
    if at is None:
        return None
    callee: cst.BaseExpression = call.func
    offset = at
    if (ctx.qualname(call.func) or "").rsplit(".", 1)[-1] in ("to_thread", "run_in_executor", "run_sync"):
        first = 1 if (ctx.qualname(call.func) or "").endswith("run_in_executor") else 0
        if at <= first:
            return None
        callee, offset = args[first].value, at - first - 1
    target = callee.attr.value if isinstance(callee, cst.Attribute) and isinstance(callee.value, cst.Name) and \
        callee.value.value in ("self", "cls") else callee.value if isinstance(callee, cst.Name) else None
    if target is None:
        return None
    edits = _helper_edits(ctx.source, target, offset, isinstance(callee, cst.Attribute))
    return (at, edits) if edits else None


def _helper_edits(source: str, name: str, index: int, method: bool) -> tuple[Edit, ...]:
    """A parameters argument for the function `name` whose parameter at index (self not counted) it runs with
    `.execute(p)` and nothing else; () when the function is not that shape."""
    tree = ast.parse(source)
    found = [f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.name == name]
    if len(found) != 1:
        return ()
    fn = found[0]
    a = fn.args
    positional = a.args[1:] if method else a.args
    if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or a.defaults or index != len(positional) - 1:
        return ()  # the text must be its last parameter, so that the new one comes right after it
    param = positional[index].arg
    uses = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == param]
    runs = [c for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
            and c.func.attr == "execute" and len(c.args) == 1 and not c.keywords
            and isinstance(c.args[0], ast.Name) and c.args[0].id == param]
    if len(runs) != 1 or len(uses) != 1:
        return ()  # the helper does something else with the text as well
    taken = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name)} | {x.arg for x in a.args}
    extra = next(n for n in ("params", "parameters", "sql_params") if n not in taken)
    splices = Splices(source)
    last = a.args[-1]
    splices.replace(last.annotation if last.annotation is not None else last,
                    splices.segment(last.annotation if last.annotation is not None else last) + f", {extra}=()")
    splices.replace(runs[0].args[0], f"{param}, {extra}")
    return splices.edits()


def _placeholders(
    ctx: Context, expr: cst.BaseExpression, template: Template, style: str
) -> tuple[cst.BaseExpression | None, list[str]]:
    """(the piece with placeholders, its values' code); (None, []) when a value sits where no placeholder can."""
    if not has_values(template):
        return expr, []
    result = parameterize(template, style, namer())
    if result is None:
        return None, []
    params = [param_expr(ctx, p) for p in result.params]
    if any(p is None for p in params):
        return None, []
    new = layout_like(expr, result.text, lambda a: a.replace("%", "%%") if style == "format" else a)
    return new, [ctx.code(p) for p in params if p is not None]


def _piece(binding: cst.Assign | cst.AugAssign, name: str) -> tuple[cst.BaseExpression, Template | None] | None:
    """(the node to rewrite, the SQL it adds) for `name += X` or `name = name + X ...`."""
    if isinstance(binding, cst.AugAssign):
        return binding.value, flatten(binding.value)
    template = flatten(binding.value)
    if (isinstance(binding.value, cst.BinaryOperation) and template and isinstance(template[0], Value)
            and isinstance(template[0].expr, cst.Name) and template[0].expr.value == name):
        return binding.value, template[1:]
    return None


def _executes(call: cst.Call, name: str) -> bool:
    if not (isinstance(call.func, cst.Attribute) and call.func.attr.value == "execute"):
        return False
    pos = calls.positional(call)
    return len(call.args) == 1 and len(pos) == 1 and isinstance(pos[0].value, cst.Name) and pos[0].value.value == name


def _is_binding(ctx: Context, name: cst.Name) -> bool:
    parent = ctx.parent(name)
    if isinstance(parent, cst.AssignTarget) or isinstance(parent, (cst.AugAssign, cst.AnnAssign)):
        return getattr(parent, "target", None) is name
    return isinstance(parent, (cst.For, cst.AsName, cst.NamedExpr)) and getattr(parent, "target", None) is name


def _free(function: cst.FunctionDef, wanted: str) -> str:
    used = {n.value for n in walk(function) if isinstance(n, cst.Name)}
    name = wanted
    while name in used:
        name = f"sql_{name}"
    return name


