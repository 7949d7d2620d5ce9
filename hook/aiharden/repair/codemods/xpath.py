"""XPath queries built with f-strings become constant queries with XPath variables (lxml's `$name`).

`root.xpath(f"//user[@name='{name}']")` → `root.xpath("//user[@name=$name]", name=name)`; a query built into a local
just before the call is rewritten where it is built and the values are passed at the call. Only a value standing
alone between two quotes of the same kind becomes a variable: anything else (a value inside a longer literal, a
value that builds the path itself) leaves the query as it is, and there is no candidate.
"""
from __future__ import annotations

import keyword
import re

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft

_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def xpath_variables(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: _is_xpath(ctx, c)):
        pos = calls.positional(call)
        if len(pos) != 1 or any(a.keyword is not None and a.keyword.value != "namespaces" for a in call.args):
            continue
        query = pos[0].value
        built = query if isinstance(query, cst.FormattedString) else _assigned_fstring(ctx, call, query)
        if built is None:
            continue
        rewritten = _with_variables(ctx, built)
        if rewritten is None:
            return []
        text, values = rewritten
        new_call = calls.replace_arg(call, pos[0], cst.SimpleString(text)) if built is query else call
        if built is not query:
            out[built] = cst.SimpleString(text)
        for name, value in values:
            new_call = calls.append_arg(new_call, calls.new_arg(value, keyword=name))
        out[call] = new_call
    return [Draft("xpath-variables", out)] if out else []


def _is_xpath(ctx: Context, call: cst.Call) -> bool:
    if ctx.qualname(call.func) == "lxml.etree.XPath":
        return True
    return isinstance(call.func, cst.Attribute) and call.func.attr.value == "xpath"


def _assigned_fstring(ctx: Context, call: cst.Call, query: cst.BaseExpression) -> cst.FormattedString | None:
    """The f-string a local name holds, when it is assigned before the call in the same block, or before the
    statement (a `try`, a `with`) whose block holds the call; the nearest assignment decides."""
    if not isinstance(query, cst.Name):
        return None
    node: cst.CSTNode | None = ctx.statement_of(call)
    while node is not None and not isinstance(node, (cst.FunctionDef, cst.Module)):
        block = ctx.parent(node)
        body = list(getattr(block, "body", ()) or ()) if block is not None else []
        if node in body:
            assigned = [small for earlier in body[: body.index(node)] if isinstance(earlier, cst.SimpleStatementLine)
                        for small in earlier.body if isinstance(small, cst.Assign) and any(
                            isinstance(t.target, cst.Name) and t.target.value == query.value for t in small.targets)]
            if assigned:
                value = assigned[-1].value
                return value if isinstance(value, cst.FormattedString) else None
        node = ctx.parent(block) if block is not None else None
    return None


def _with_variables(ctx: Context, fstring: cst.FormattedString) -> tuple[str, list[tuple[str, cst.BaseExpression]]] | None:
    """The query text with each quoted value replaced by $name, and the (name, value) pairs; None when a value
    does not stand alone between quotes."""
    parts = list(fstring.parts)
    pieces: list[str] = []
    values: list[tuple[str, cst.BaseExpression]] = []
    taken: dict[str, str] = {}
    for i, part in enumerate(parts):
        if isinstance(part, cst.FormattedStringText):
            pieces.append(part.value)
            continue
        assert isinstance(part, cst.FormattedStringExpression)
        before = pieces[-1] if pieces else ""
        following = parts[i + 1] if i + 1 < len(parts) else None
        after = following.value if isinstance(following, cst.FormattedStringText) else ""
        if part.conversion or part.format_spec or not before or not after or before[-1] not in "'\"" \
                or after[0] != before[-1]:
            return None
        code = ctx.code(part.expression)
        name = taken.get(code) or _name_for(part.expression, set(taken.values()))
        if code not in taken:
            taken[code] = name
            values.append((name, part.expression))
        pieces[-1] = before[:-1] + "$" + name
        assert following is not None
        parts[i + 1] = following.with_changes(value=after[1:])
    body = "".join(pieces).replace("{{", "{").replace("}}", "}")
    quote = fstring.start[-1] if fstring.start[-1] in "'\"" else '"'
    if quote in body or "\\" in body or "\n" in body:
        return None
    prefix = "r" if "r" in fstring.start.lower() else ""
    return f"{prefix}{quote}{body}{quote}", values


def _name_for(expr: cst.BaseExpression, used: set[str]) -> str:
    base = ""
    node = expr
    while isinstance(node, (cst.Call, cst.Attribute, cst.Subscript)):
        if isinstance(node, cst.Call):
            node = node.func.value if isinstance(node.func, cst.Attribute) else node.func
        elif isinstance(node, cst.Attribute):
            base = base or node.attr.value
            node = node.value
        else:
            node = node.value
    if isinstance(node, cst.Name) and not base:
        base = node.value
    if not _VAR.match(base) or keyword.iskeyword(base) or base in ("namespaces", "self", "cls"):
        base = "value"
    name, n = base, 2
    while name in used:
        name, n = f"{base}{n}", n + 1
    return name
