"""CWE-79: HTML assembled from values → html.escape() around each value, where the HTML is built."""
from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import cast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.context import Replace
from aiharden.repair.codemods.layout import WIDTH
from aiharden.repair.codemods.strings import Value
from aiharden.repair.codemods.strings import flatten
from aiharden.repair.codemods.strings import literal_text
from aiharden.repair.edits import Edit

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s|/?>)")
_CLEANER = re.compile(r"(?i)^(?!.*unescape).*(escape|saniti[sz]e|bleach)")
_CLEAN_CALLS = {
    "bleach.clean",
    "django.utils.html.format_html",
    "urllib.parse.quote",
    "urllib.parse.quote_plus",
    "urllib.parse.urlencode",
    "round",
    "bool",
}
_NUMERIC_TYPES = set("bdeEfFgGnoxX%")
_CONSTANTS = {"None", "True", "False"}


class _Unfixable(Exception):
    """A value that cannot be escaped without changing what the template prints."""


@dataclass
class _Run:
    tree: ast.Module
    helpers: dict[str, bool] = field(default_factory=dict)  # top-level functions judged (True while judged)
    variables: set[tuple[cst.CSTNode, str]] = field(default_factory=set)  # locals being judged
    elsewhere: list[Edit] = field(default_factory=list)  # escapes in the helpers, outside the flagged function

    def attempt(self, judge: Callable[[], bool]) -> bool:
        """judge()'s answer; what it recorded is dropped when it says no or raises."""
        edits, helpers = len(self.elsewhere), dict(self.helpers)
        ok = False
        try:
            ok = judge()
        finally:
            if not ok:
                del self.elsewhere[edits:]
                self.helpers = helpers
        return ok


def html_escape(ctx: Context) -> list[Draft]:
    """html.escape() around every value an HTML-building string interpolates, unless it is a literal, a number,
    already escaped, or markup this module builds itself (whose own values are escaped where it is built)."""
    run = _Run(ast.parse(ctx.source))
    run.helpers.update(dict.fromkeys(_enclosing_defs(ctx), True))
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for template in [*_templates(ctx), *_constant_formats(ctx, run)]:
        mine: dict[cst.CSTNode, cst.CSTNode] = {}
        try:
            run.attempt(lambda: _escape_values(ctx, template, mine, run))
        except _Unfixable:
            continue
        out.update(mine)
    if not (out or run.elsewhere) or _html_shadowed(run.tree, [*_lines(ctx, out), *(e.start_line for e in run.elsewhere)]):
        return []
    return [Draft("html-escape", out, ("html",), tuple(dict.fromkeys(run.elsewhere)))]


def _templates(ctx: Context) -> list[cst.BaseExpression]:
    """The outermost string-building expressions of the flagged lines whose literal text holds an HTML tag."""
    found = [n for n in ctx.nodes() if isinstance(n, cst.BaseExpression) and _is_html(n)]
    return [n for n in found if not any(a in found for a in ctx.ancestors(n))]


def _is_html(expr: cst.BaseExpression) -> bool:
    if not isinstance(expr, (cst.FormattedString, cst.ConcatenatedString, cst.BinaryOperation, cst.Call)):
        return False
    t = flatten(expr)
    return t is not None and any(isinstance(p, Value) for p in t) and bool(_TAG.search(_text(t)))


def _text(t: list[str | Value]) -> str:
    return "".join(p for p in t if isinstance(p, str))


def _fit(
    ctx: Context, template: cst.BaseExpression, mine: dict[cst.CSTNode, cst.CSTNode]
) -> dict[cst.CSTNode, cst.CSTNode]:
    """A one-line f-string returned or assigned that the escapes push past the line width is split in parentheses
    into adjacent f-strings, one line each."""
    stmt = ctx.statement_of(template)
    small = ctx.parent(template)
    inside = [n for n in mine if n is template or template in ctx.ancestors(n)]
    if (
        not isinstance(template, cst.FormattedString)
        or template.lpar
        or not isinstance(small, (cst.Return, cst.Assign, cst.AnnAssign, cst.AugAssign))
        or stmt is None
        or not inside
    ):
        return mine
    start, end = ctx.pos[template].start, ctx.pos[template].end
    if start.line != end.line:
        return mine
    line = ctx.source.splitlines()[start.line - 1]
    new = cast(cst.FormattedString, template.visit(Replace(mine)))
    width = max(WIDTH, len(line))
    if start.column + len(ctx.code(new)) + len(line) - end.column <= width:
        return mine
    indent = line[: len(line) - len(line.lstrip())] + ctx.module.default_indent
    chunks: list[list[cst.BaseFormattedStringContent]] = [[]]
    for part in new.parts:
        size = len(indent) + len(new.start) + len(new.end) + sum(len(ctx.code(p)) for p in [*chunks[-1], part])
        if chunks[-1] and size > WIDTH:
            chunks.append([])
        chunks[-1].append(part)
    if len(chunks) < 2:
        return mine
    pieces = [_piece(new, chunk) for chunk in chunks]

    def ws(last: str) -> cst.ParenthesizedWhitespace:
        return cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace(last))

    joined: cst.SimpleString | cst.FormattedString | cst.ConcatenatedString = pieces[-1]
    for piece in reversed(pieces[:-1]):
        joined = cst.ConcatenatedString(left=piece, right=joined, whitespace_between=ws(ctx.module.default_indent))
    wrapped = joined.with_changes(
        lpar=[cst.LeftParen(whitespace_after=ws(ctx.module.default_indent))],
        rpar=[cst.RightParen(whitespace_before=ws(""))],
    )
    kept: dict[cst.CSTNode, cst.CSTNode] = {n: v for n, v in mine.items() if n not in inside}
    kept[template] = wrapped
    return kept


def _piece(whole: cst.FormattedString, parts: list[cst.BaseFormattedStringContent]) -> cst.SimpleString | cst.FormattedString:
    """One line's share of a split f-string; a plain string where it interpolates nothing."""
    if any(isinstance(p, cst.FormattedStringExpression) for p in parts):
        return whole.with_changes(parts=parts)
    text = "".join(p.value for p in parts if isinstance(p, cst.FormattedStringText))
    prefix = whole.start[: len(whole.start) - len(whole.end)].replace("f", "").replace("F", "")
    return cst.SimpleString(prefix + whole.end + text.replace("{{", "{").replace("}}", "}") + whole.end)


def _constant_formats(ctx: Context, run: _Run) -> list[cst.Call]:
    """`PAGE.format(...)` on the flagged lines, PAGE a module-level literal that holds an HTML tag."""
    return [c for c in ctx.find(cst.Call) if _constant_format_fields(c, run) is not None]


def _constant_format_fields(call: cst.Call, run: _Run) -> list[Value] | None:
    """The values a module constant's .format() call puts into its HTML, with each field's conversion and spec;
    None when call is no such call, or a field is not a plain name or index of the call's arguments."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and func.attr.value == "format" and isinstance(func.value, cst.Name)):
        return None
    texts = [n.value.value for n in run.tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
             and isinstance(n.value.value, str) and any(isinstance(t, ast.Name) and t.id == func.value.value
                                                        for t in n.targets)]
    if len(texts) != 1 or not _TAG.search(texts[0]) or any(a.star for a in call.args):
        return None
    positional = [a.value for a in call.args if a.keyword is None]
    named = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
    values: list[Value] = []
    auto = 0
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(texts[0]) if f is not None]
    except ValueError:
        return None
    for field_name, spec, conv in fields:
        if field_name == "":
            field_name, auto = str(auto), auto + 1
        arg = positional[int(field_name)] if field_name.isdigit() and int(field_name) < len(positional) else named.get(
            field_name)
        if arg is None:
            return None
        values.append(Value(arg, conv or None, spec or ""))
    return values


def _escape_values(ctx: Context, template: cst.BaseExpression, out: dict[cst.CSTNode, cst.CSTNode], run: _Run) -> bool:
    fields = _constant_format_fields(template, run) if isinstance(template, cst.Call) else None
    t: list[str | Value] | None = list(fields) if fields is not None else flatten(template)
    assert t is not None
    mine: dict[cst.CSTNode, cst.CSTNode] = {}
    for p in t:
        if isinstance(p, Value) and not _safe(ctx, p.expr, run) and not _markup(ctx, p.expr, mine, run):
            if _builds_html(run.tree, p.expr):
                raise _Unfixable  # HTML made by a helper of the file in a way the codemod cannot follow
            mine.update(_escaped(ctx, p, template))
    out.update(_fit(ctx, template, mine))
    return True


def _escaped(ctx: Context, p: Value, template: cst.BaseExpression) -> dict[cst.CSTNode, cst.CSTNode]:
    """The replacement that prints p escaped; {} for a value a numeric format already keeps free of markup."""
    numeric = bool(p.spec) and (p.spec[-1] in _NUMERIC_TYPES or "," in p.spec or "_" in p.spec)
    slot = ctx.parent(p.expr)
    if not isinstance(slot, cst.FormattedStringExpression):
        if numeric:
            return {}
        if p.conversion or p.spec:  # %r, {!r}, {:>8}: the format string itself would have to change
            raise _Unfixable
        return {p.expr: _escape_call(ctx, p.expr)}
    if numeric:
        return {}
    if not (p.conversion or p.spec):
        return {p.expr: _escape_call(ctx, p.expr)}
    code = ctx.code(p.expr)
    shown = {"r": f"repr({code})", "a": f"ascii({code})", "s": f"str({code})"}.get(p.conversion or "", code)
    if p.spec:
        quote = "'" if '"' in _fstring_quote(ctx, slot) else '"'
        if quote in p.spec or "\\" in p.spec:
            raise _Unfixable
        shown = f"format({shown}, {quote}{p.spec}{quote})"
    new = slot.with_changes(expression=cst.parse_expression(f"html.escape({shown})"), conversion=None, format_spec=None)
    return {slot: new}


def _fstring_quote(ctx: Context, node: cst.CSTNode) -> str:
    for a in ctx.ancestors(node):
        if isinstance(a, cst.FormattedString):
            return a.start.lstrip("rRfFbBuU")
    return '"'


def _escape_call(ctx: Context, expr: cst.BaseExpression) -> cst.BaseExpression:
    code = ctx.code(expr)
    return cst.parse_expression(f"html.escape({code})" if _is_str(ctx, expr) else f"html.escape(str({code}))")


def _is_str(ctx: Context, expr: cst.BaseExpression) -> bool:
    """Obviously a str: a parameter annotated str, str(...), an f-string, a literal's .format() or .join()."""
    if isinstance(expr, cst.FormattedString):
        return True
    if isinstance(expr, cst.Call):
        if ctx.qualname(expr.func) == "str":
            return True
        func = expr.func
        return isinstance(func, cst.Attribute) and func.attr.value in ("format", "join") and (
            literal_text(func.value) is not None
        )
    if isinstance(expr, cst.Name):
        param = _param(ctx, expr)
        return param is not None and param.annotation is not None and ctx.code(param.annotation.annotation) == "str"
    return False


def _param(ctx: Context, name: cst.Name) -> cst.Param | None:
    for a in ctx.ancestors(name):
        if isinstance(a, cst.FunctionDef):
            for p in (*a.params.params, *a.params.kwonly_params, *a.params.posonly_params):
                if p.name.value == name.value:
                    return p
            return None
    return None


def _safe(ctx: Context, expr: cst.BaseExpression, run: _Run) -> bool:
    """A literal, a number, an escaped value or a module constant: nothing a user typed."""
    if isinstance(expr, (cst.SimpleString, cst.Integer, cst.Float, cst.Imaginary)) or literal_text(expr) is not None:
        return True
    if ctx.is_number(expr, expr):
        return True
    if isinstance(expr, cst.Call):
        name = ctx.qualname(expr.func) or ""
        last = name.rsplit(".", 1)[-1]
        return bool(_CLEANER.search(last)) or last == "Markup" or name in _CLEAN_CALLS
    if isinstance(expr, cst.Name):
        return expr.value in _CONSTANTS or (_param(ctx, expr) is None and _module_constant(run.tree, expr.value))
    return False


def _builds_html(tree: ast.Module, expr: cst.BaseExpression) -> bool:
    """expr calls a top-level function of the file that holds HTML tags in its literals: its result is markup,
    and escaping it would print the tags."""
    if not (isinstance(expr, cst.Call) and isinstance(expr.func, cst.Name)):
        return False
    name = expr.func.value
    return any(isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.name == name and any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and _TAG.search(n.value) for n in ast.walk(fn))
        for fn in tree.body)


def _module_constant(tree: ast.Module, name: str) -> bool:
    """name is bound at the top level only, to a literal (configuration such as SITE_NAME = "Shop")."""
    values = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
    ]
    values += [
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name
        and node.value is not None
    ]
    return bool(values) and all(isinstance(v, ast.Constant) for v in values)


def _markup(ctx: Context, expr: cst.BaseExpression, out: dict[cst.CSTNode, cst.CSTNode], run: _Run) -> bool:
    """expr is HTML this module builds: its own values are escaped where it is built, expr is kept as it is."""
    if _is_html(expr):
        return _escape_values(ctx, expr, out, run)
    if isinstance(expr, cst.Name):
        return _markup_variable(ctx, expr, out, run)
    if not isinstance(expr, cst.Call):
        return False
    func = expr.func
    pos = calls.positional(expr)
    if isinstance(func, cst.Attribute) and func.attr.value == "join" and literal_text(func.value) is not None:
        if len(expr.args) != 1 or len(pos) != 1:
            return False
        items = pos[0].value
        if isinstance(items, (cst.GeneratorExp, cst.ListComp, cst.SetComp)):
            return _markup(ctx, items.elt, out, run)
        if isinstance(items, (cst.List, cst.Tuple)) and items.elements:
            mine: dict[cst.CSTNode, cst.CSTNode] = {}
            elements = [e.value for e in items.elements if isinstance(e, cst.Element)]
            if len(elements) != len(items.elements):
                return False
            if not run.attempt(lambda: all(_markup(ctx, e, mine, run) for e in elements)):
                return False
            out.update(mine)
            return True
        if isinstance(items, cst.Name):
            return _markup_list(ctx, items, out, run)
        return False
    if isinstance(func, cst.Name):
        return _markup_helper(ctx, func.value, run)
    return False


def _markup_list(ctx: Context, name: cst.Name, out: dict[cst.CSTNode, cst.CSTNode], run: _Run) -> bool:
    """A local list the function fills with markup: `rows = []` and every `rows.append(...)` it makes is HTML this
    module builds (its values escaped where it is built)."""
    fn = next((a for a in ctx.ancestors(name) if isinstance(a, cst.FunctionDef)), None)
    if fn is None or _param(ctx, name) is not None:
        return False
    items: list[cst.BaseExpression] = []
    for node in _walk_function(fn):
        if isinstance(node, cst.Name) and node.value == name.value and _is_target(ctx, node):
            parent = ctx.parent(node)
            assign = ctx.parent(parent) if isinstance(parent, cst.AssignTarget) else parent
            value = getattr(assign, "value", None)
            if not isinstance(value, cst.List) or isinstance(assign, cst.AugAssign):
                return False
            items += [e.value for e in value.elements]
        elif (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
              and isinstance(node.func.value, cst.Name) and node.func.value.value == name.value):
            if node.func.attr.value != "append" or len(node.args) != 1:
                return False
            items.append(node.args[0].value)
    built = [v for v in items if literal_text(v) is None]
    if not items:
        return False
    mine: dict[cst.CSTNode, cst.CSTNode] = {}
    if not run.attempt(lambda: all(_markup(ctx, v, mine, run) for v in built)):
        return False
    out.update(mine)
    return True


def _markup_variable(ctx: Context, name: cst.Name, out: dict[cst.CSTNode, cst.CSTNode], run: _Run) -> bool:
    """Every binding of the local name in its function is markup or a plain literal (`rows = ""`, `sep = "<br>"`)."""
    fn = next((a for a in ctx.ancestors(name) if isinstance(a, cst.FunctionDef)), None)
    if fn is None or _param(ctx, name) is not None:
        return False
    values: list[cst.BaseExpression] = []
    for node in _walk_function(fn):
        if isinstance(node, cst.Name) and node.value == name.value and _is_target(ctx, node):
            parent = ctx.parent(node)
            if isinstance(parent, cst.AssignTarget):
                assign = ctx.parent(parent)
                if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
                    return False
                values.append(assign.value)
            elif isinstance(parent, (cst.AugAssign, cst.AnnAssign)) and parent.value is not None:
                if isinstance(parent, cst.AugAssign) and not isinstance(parent.operator, cst.AddAssign):
                    return False
                values.append(parent.value)
            else:
                return False
    built = [v for v in values if literal_text(v) is None]
    key = (fn, name.value)
    if key in run.variables or (values and not built):
        return True
    if not values:
        return False
    mine: dict[cst.CSTNode, cst.CSTNode] = {}
    run.variables.add(key)
    try:
        if not run.attempt(lambda: all(_markup(ctx, v, mine, run) for v in built)):
            return False
    finally:
        run.variables.discard(key)
    out.update(mine)
    return True


def _is_target(ctx: Context, name: cst.Name) -> bool:
    parent = ctx.parent(name)
    if isinstance(parent, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
        return getattr(parent, "target", None) is name
    if isinstance(parent, cst.AsName):
        return parent.name is name
    return isinstance(parent, (cst.Element, cst.StarredElement)) and any(
        isinstance(a, cst.AssignTarget) for a in ctx.ancestors(name)
    )


def _walk_function(fn: cst.FunctionDef) -> list[cst.CSTNode]:
    found: list[cst.CSTNode] = []

    def walk(node: cst.CSTNode) -> None:
        found.append(node)
        for child in node.children:
            if not isinstance(child, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
                walk(child)

    walk(fn.body)
    return found


def _markup_helper(ctx: Context, name: str, run: _Run) -> bool:
    """A top-level function of this file whose every return builds HTML: its values are escaped there."""
    if name in run.helpers:
        return run.helpers[name]
    defs = [n for n in run.tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name]
    if len(defs) != 1:
        return False
    run.helpers[name] = True
    ok = run.attempt(lambda: _escape_helper(ctx, defs[0], run))
    run.helpers[name] = ok
    return ok


def _escape_helper(ctx: Context, fn: ast.FunctionDef | ast.AsyncFunctionDef, run: _Run) -> bool:
    returns = [r for r in _returns(fn) if r.value is not None]
    if not any(_returns_html(r) for r in returns):
        return False
    edits: list[Edit] = []
    for ret in returns:
        assert ret.end_lineno is not None
        sub = Context.build(ctx.source, ret.lineno, ret.end_lineno, ctx.paramstyle)
        found = sub.find(cst.Return, lambda r: r.value is not None) if sub is not None else []
        if sub is None or len(found) != 1 or found[0].value is None:
            return False
        value = found[0].value
        mine: dict[cst.CSTNode, cst.CSTNode] = {}
        if literal_text(value) is None and not _markup(sub, value, mine, run):
            return False
        rendered = sub.render(Draft("html-escape", mine)) if mine else ()
        if rendered is None:
            return False
        edits += rendered
    run.elsewhere.extend(edits)
    return True


def _returns(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Return]:
    found: list[ast.Return] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Return):
                found.append(child)
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                walk(child)

    walk(fn)
    return found


def _returns_html(ret: ast.Return) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and _TAG.search(n.value) for n in ast.walk(ret))


def _enclosing_defs(ctx: Context) -> set[str]:
    """The flagged code's own top-level function: its returns are the markup being fixed here."""
    names = set()
    for stmt in ctx.statements:
        for a in [stmt, *ctx.ancestors(stmt)]:
            if isinstance(a, cst.FunctionDef) and isinstance(ctx.parent(a), cst.Module):
                names.add(a.name.value)
    return names


def _lines(ctx: Context, out: dict[cst.CSTNode, cst.CSTNode]) -> list[int]:
    return [ctx.span(n)[0] for n in out if n in ctx.pos]


def _html_shadowed(tree: ast.Module, lines: list[int]) -> bool:
    """`html` bound to something other than the html module, at the top level or in a function being edited."""
    scopes: list[ast.AST] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            end = node.end_lineno or node.lineno
            if any(node.lineno <= line <= end for line in lines):
                scopes.append(node)
        else:
            scopes.append(node)
    for scope in scopes:
        for sub in ast.walk(scope):
            if isinstance(sub, ast.Name) and sub.id == "html" and not isinstance(sub.ctx, ast.Load):
                return True
            if isinstance(sub, ast.arg) and sub.arg == "html":
                return True
            if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and sub.name == "html":
                return True
            if isinstance(sub, ast.ImportFrom) and any((a.asname or a.name) == "html" for a in sub.names):
                return True
            if isinstance(sub, ast.Import) and any(a.asname == "html" and a.name != "html" for a in sub.names):
                return True
    return False
