"""CWE-89: interpolated SQL passed to execute() → placeholders plus a parameter tuple (or dict)."""
from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from typing import cast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods import flow
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import Template
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import fstring
from aiharden.repair.codemods.strings import has_values
from aiharden.repair.codemods.layout import layout_like
from aiharden.repair.codemods.sqltext import parameterize

_FORMAT_DRIVERS = ("psycopg2", "psycopg", "pymysql", "MySQLdb", "mysql.connector", "mysql")
_TEXT = {"text", "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"}


def propose(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[cst.Call, cst.Assign | None]] = []
    for call in ctx.find(cst.Call, _is_execute):
        query = calls.positional(call)[0].value
        pairs.append((call, flow.assignment_before(ctx, call, query.value) if isinstance(query, cst.Name) else None))
    for assign in ctx.find(cst.Assign, lambda a: len(a.targets) == 1 and isinstance(a.targets[0].target, cst.Name)):
        after = flow.call_after(ctx, assign, _is_execute, lambda e: _text_arg(ctx, e) or e)
        if after is not None:
            pairs.append((after, assign))
    for execute, source in pairs:
        if (id(execute), id(source)) not in seen:
            seen.add((id(execute), id(source)))
            drafts.extend(_rewrite(ctx, execute, source))
    if not drafts:
        from aiharden.repair.codemods import sqlbuild

        drafts = sqlbuild.propose(ctx)
    return drafts


def _is_execute(call: cst.Call) -> bool:
    return (
        isinstance(call.func, cst.Attribute)
        and call.func.attr.value in ("execute", "executescript")
        and len(calls.positional(call)) == 1
        and call.args[0].keyword is None
        and calls.kwarg(call, "parameters") is None
    )


def styles(ctx: Context, is_text: bool) -> list[str]:
    if is_text:
        return ["named"]
    if ctx.paramstyle in ("qmark", "format", "named"):
        return [ctx.paramstyle]
    mods = {m.split(".")[0] for m in ctx.aliases.values()} | _imported(ctx.module)
    if "sqlite3" in mods and not mods & {d.split(".")[0] for d in _FORMAT_DRIVERS}:
        return ["qmark"]
    if mods & {d.split(".")[0] for d in _FORMAT_DRIVERS} and "sqlite3" not in mods:
        return ["format"]
    return ["qmark", "format"]


def _text_arg(ctx: Context, expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """x for sqlalchemy's text(x), else None."""
    if isinstance(expr, cst.Call) and ctx.qualname(expr.func) in _TEXT and len(expr.args) == 1:
        return expr.args[0].value
    return None


def _sql_node(ctx: Context, call: cst.Call, assign: cst.Assign | None) -> tuple[cst.BaseExpression, bool] | None:
    """The expression that builds the SQL (inline, in text(), or assigned earlier), and whether text() wraps it."""
    first = calls.positional(call)[0].value
    holder = assign.value if assign is not None else first
    inner = _text_arg(ctx, holder)
    if inner is None:
        return holder, _text_arg(ctx, first) is not None
    if isinstance(inner, cst.Name) and assign is None:
        found = flow.assignment_before(ctx, call, inner.value)
        return None if found is None else (found.value, True)
    return inner, True


def _rewrite(ctx: Context, call: cst.Call, assign: cst.Assign | None) -> list[Draft]:
    found = _sql_node(ctx, call, assign)
    if found is None:
        return []
    sql_expr, is_text = found
    template = flatten(sql_expr)
    if template is None or not has_values(template) or not any(isinstance(p, str) for p in template):
        return []
    if cast(cst.Attribute, call.func).attr.value == "executescript":  # a script takes no parameters
        return _identifier_guard(ctx, call, sql_expr, template)
    inline = any(a is call for a in ctx.ancestors(sql_expr))
    found_styles = styles(ctx, is_text)
    if lists := _in_lists(ctx, call, template):
        return [d for style in found_styles if (d := _in_list_draft(ctx, call, lists, style, len(found_styles) > 1))]
    drafts = []
    for style in found_styles:
        result = parameterize(template, style, namer())
        if result is None:
            return _identifier_guard(ctx, call, sql_expr, template)
        params = [param_expr(ctx, p) for p in result.params]
        if any(p is None for p in params):
            return []
        codes = [ctx.code(p) for p in params if p is not None]
        if style == "named":
            bundle = "{" + ", ".join(f'"{n}": {c}' for n, c in zip(result.names, codes)) + "}"
        else:
            bundle = "(" + ", ".join(codes) + ("," if len(codes) == 1 else "") + ")"
        new_sql = layout_like(sql_expr, result.text, lambda a: a.replace("%", "%%") if style == "format" else a)
        with_sql = cast(cst.Call, call.deep_replace(sql_expr, new_sql)) if inline else call
        replacements: dict[cst.CSTNode, cst.CSTNode] = {
            call: calls.insert_arg(with_sql, 1, calls.new_arg(cst.parse_expression(bundle)))
        }
        if not inline:
            replacements[sql_expr] = new_sql
        name = "sql-parameterize" if len(found_styles) == 1 else f"sql-parameterize-{style}"
        drafts.append(Draft(name, replacements))
    return drafts


def param_expr(ctx: Context, t: Template) -> cst.BaseExpression | None:
    if len(t) == 1 and isinstance(t[0], Value):
        v = t[0]
        if v.conversion is None and v.spec in ("", "d"):
            return v.expr
        if v.conversion == "s" and not v.spec:
            return cst.parse_expression(f"str({ctx.code(v.expr)})")
    code = {id(p): ctx.code(p.expr) for p in t if isinstance(p, Value)}
    if any(isinstance(p, Value) and p.conversion == "r" for p in t):
        return None
    text = fstring(t, code)
    return None if text is None else cst.parse_expression(text)


def namer() -> Callable[[Template], str]:
    used: set[str] = set()

    def name(t: Template) -> str:
        e = next((p.expr for p in t if isinstance(p, Value)), None)
        base = e.value if isinstance(e, cst.Name) else e.attr.value if isinstance(e, cst.Attribute) else "param"
        out, k = base, 2
        while out in used or keyword.iskeyword(out):
            out, k = f"{base}_{k}", k + 1
        used.add(out)
        return out

    return name


def _imported(module: cst.Module) -> set[str]:
    out: set[str] = set()
    for stmt in module.body:
        for small in getattr(stmt, "body", ()) if isinstance(stmt, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Import):
                out.update(module.code_for_node(a.name).split(".")[0] for a in small.names)
            elif isinstance(small, cst.ImportFrom) and small.module is not None:
                out.add(module.code_for_node(small.module).split(".")[0])
    return out


_IN_OPEN = re.compile(r"\bIN\s*\(\s*$", re.IGNORECASE)
_PLACEHOLDER = {"qmark": "?", "format": "%s"}


def _in_lists(ctx: Context, call: cst.Call, template: Template) -> list[tuple[cst.Assign, cst.BaseExpression]]:
    """`IN ({ids})` where every interpolated value is such a list, each `ids = ", ".join(f"'{i}'" for i in seq)`
    (or a join of seq, or of map(str, seq)): (the join's assignment, seq) per value; [] for any other shape."""
    found = []
    for i, p in enumerate(template):
        if not isinstance(p, Value):
            continue
        before = template[i - 1] if i > 0 and isinstance(template[i - 1], str) else ""
        after = template[i + 1] if i + 1 < len(template) and isinstance(template[i + 1], str) else ""
        if p.conversion or p.spec or not isinstance(p.expr, cst.Name):
            return []
        if not (_IN_OPEN.search(str(before)) and str(after).lstrip().startswith(")")):
            return []
        assign = flow.assignment_before(ctx, call, p.expr.value)
        seq = _joined(ctx, assign.value) if assign is not None else None
        if assign is None or seq is None:
            return []
        found.append((assign, seq))
    return found


def _joined(ctx: Context, expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """seq for `sep.join(seq)`, `sep.join(map(str, seq))` and `sep.join(<quoted or str() item> for item in seq)`."""
    if not (isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "join"
            and isinstance(expr.func.value, cst.SimpleString) and len(expr.args) == 1):
        return None
    arg = expr.args[0].value
    if isinstance(arg, cst.Call) and ctx.qualname(arg.func) == "map" and len(arg.args) == 2:
        return arg.args[1].value if ctx.code(arg.args[0].value) == "str" else None
    if isinstance(arg, (cst.GeneratorExp, cst.ListComp)):
        comp = arg.for_in
        if comp.inner_for_in is not None or comp.ifs or not isinstance(comp.target, cst.Name):
            return None
        var = comp.target.value
        t = flatten(arg.elt)
        parts = [x for x in (t or []) if isinstance(x, Value)]
        texts = "".join(x for x in (t or []) if isinstance(x, str))
        plain = isinstance(arg.elt, cst.Name) and arg.elt.value == var
        as_str = isinstance(arg.elt, cst.Call) and ctx.code(arg.elt) == f"str({var})"
        quoted = len(parts) == 1 and ctx.code(parts[0].expr) == var and texts in ("", "''", '""')
        return comp.iter if plain or as_str or quoted else None
    return arg if isinstance(arg, (cst.Name, cst.Attribute)) else None


def _in_list_draft(ctx: Context, call: cst.Call, lists: list[tuple[cst.Assign, cst.BaseExpression]], style: str,
                   suffixed: bool) -> Draft | None:
    """One placeholder per item in each list, and the items passed as the parameters, in order."""
    mark = _PLACEHOLDER.get(style)
    if mark is None:
        return None
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for assign, seq in lists:
        sep = ctx.code(cast(cst.Attribute, cast(cst.Call, assign.value).func).value)
        out[assign.value] = cst.parse_expression(f'{sep}.join("{mark}" for _ in {ctx.code(seq)})')
    seqs = [ctx.code(seq) for _, seq in lists]
    bundle = f"tuple({seqs[0]})" if len(seqs) == 1 else "(" + ", ".join(f"*{s}" for s in seqs) + ")"
    out[call] = calls.insert_arg(call, 1, calls.new_arg(cst.parse_expression(bundle)))
    return Draft(f"sql-in-list-{style}" if suffixed else "sql-in-list", out)


_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"


def _identifier_guard(ctx: Context, call: cst.Call, sql_expr: cst.BaseExpression, template: Template) -> list[Draft]:
    """Names in identifier slots (table, column, ORDER BY) cannot be bound as parameters: check each against
    the identifier pattern before the statement that builds the SQL, and refuse anything else (ValueError).
    Only when every value left in the SQL is in such a slot; a value slot is parameterize's to fix."""
    names: list[str] = []
    for p in template:
        if not isinstance(p, Value) or _literal_choice(ctx, call, p.expr):
            continue
        alone = [x if x is p else ("x" if isinstance(x, Value) else x) for x in template]
        if p.conversion or p.spec or not isinstance(p.expr, cst.Name) or parameterize(alone, "qmark", namer()):
            return []
        if p.expr.value not in names:
            names.append(p.expr.value)
    stmt = ctx.statement_of(sql_expr)
    if not names or stmt is None:
        return []
    guards = [cst.parse_statement(
        f'if not re.fullmatch(r"{_IDENTIFIER}", {n}):\n    raise ValueError(f"not an SQL identifier: {{{n}!r}}")\n',
        config=ctx.module.config_for_parsing) for n in names]
    return [Draft("sql-identifier-check", {stmt: cst.FlattenSentinel([*guards, stmt])}, ("re",))]  # type: ignore[dict-item]


def _literal_choice(ctx: Context, call: cst.Call, expr: cst.BaseExpression) -> bool:
    """A constant, or a name bound to `"ASC" if desc else "DESC"`: nothing from outside reaches the SQL."""
    if isinstance(expr, cst.Name) and expr.value.isupper():
        return True
    if isinstance(expr, cst.Call) and ctx.qualname(expr.func) in ("int", "float", "len"):
        return True
    assign = flow.assignment_before(ctx, call, expr.value) if isinstance(expr, cst.Name) else None
    value = assign.value if assign is not None else None
    return isinstance(value, cst.IfExp) and all(isinstance(v, cst.SimpleString) for v in (value.body, value.orelse))
