"""XPath queries built with f-strings become constant queries with XPath variables (lxml's `$name`).

`root.xpath(f"//user[@name='{name}']")` → `root.xpath("//user[@name=$name]", name=name)`; a query built into a local
just before the call is rewritten where it is built and the values are passed at the call. Only a value standing
alone between two quotes of the same kind becomes a variable: anything else (a value inside a longer literal, a
value that builds the path itself) leaves the query as it is, and there is no candidate.
"""
from __future__ import annotations

import ast
import keyword
import re
import string

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods import flow
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.edits import Edit

_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def xpath_variables(ctx: Context) -> list[Draft]:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    elsewhere: list[Edit] = []
    for call in ctx.find(cst.Call, lambda c: _is_xpath(ctx, c)):
        pos = calls.positional(call)
        if len(pos) != 1 or any(a.keyword is not None and a.keyword.value != "namespaces" for a in call.args):
            continue
        query = pos[0].value
        built = query if isinstance(query, cst.FormattedString) else _assigned_fstring(ctx, call, query)
        template = _format_template(ctx, call, built or query)
        if template is not None:  # `QUERY.format(category=c)`: the constant itself becomes the query
            built, constant, fmt = template
            rewritten = _with_variables(ctx, built)
            if rewritten is None:
                return []
            text, values = rewritten
            if isinstance(constant, Edit):  # a module constant: its line, outside what the context parsed
                line = constant.text
                elsewhere.append(Edit(constant.start_line, constant.end_line, line[:constant_col(line)] + text + "\n"))
            else:
                out[constant] = cst.SimpleString(text)
            new_call = calls.replace_arg(call, pos[0], fmt.func.value) if fmt is query else call  # type: ignore[attr-defined]
            if fmt is not query:
                out[fmt] = fmt.func.value  # type: ignore[attr-defined]
            for name, value in values:
                new_call = calls.append_arg(new_call, calls.new_arg(value, keyword=name))
            out[call] = new_call
            continue
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
    return [Draft("xpath-variables", out, elsewhere=tuple(elsewhere))] if out else []


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


def _format_template(ctx: Context, call: cst.Call, query: cst.BaseExpression
                     ) -> tuple[cst.FormattedString, cst.BaseExpression | Edit, cst.Call] | None:
    """For `NAME.format(k=v, ...)` (or `self.NAME`), given at the call or held in a local just before it, with NAME
    a module or class constant that nothing else reads: the query as an f-string of those values, the constant's
    string, and the .format() call."""
    fmt = query
    if isinstance(query, cst.Name):
        assign = flow.assignment_before(ctx, call, query.value)
        fmt = assign.value if assign is not None else query
    if not (isinstance(fmt, cst.Call) and isinstance(fmt.func, cst.Attribute) and fmt.func.attr.value == "format"):
        return None
    holder = fmt.func.value
    name = holder.value if isinstance(holder, cst.Name) else holder.attr.value if isinstance(
        holder, cst.Attribute) and ctx.code(holder.value) in ("self", "cls") else None
    if name is None or len(re.findall(rf"\b{name}\b", ctx.source)) != 2 or any(
            a.keyword is None or a.star for a in fmt.args):
        return None
    constant: cst.BaseExpression | Edit | None = next((
        small.value for stmt in _class_scope(ctx, call) if isinstance(stmt, cst.SimpleStatementLine)
        for small in stmt.body if isinstance(small, cst.Assign) and len(small.targets) == 1
        and isinstance(small.targets[0].target, cst.Name) and small.targets[0].target.value == name), None)
    if constant is None:
        constant = _module_constant(ctx.source, name)
    parsed = cst.parse_expression(constant.text[constant_col(constant.text):].strip()) if isinstance(
        constant, Edit) else constant
    if constant is None or not isinstance(parsed, cst.SimpleString) or parsed.prefix:
        return None
    values = {a.keyword.value: ctx.code(a.value) for a in fmt.args if a.keyword is not None}
    text = parsed.evaluated_value
    try:
        fields = list(string.Formatter().parse(text if isinstance(text, str) else ""))
    except ValueError:
        return None
    pieces = []
    for literal, field, spec, conversion in fields:
        pieces.append(literal.replace("{", "{{").replace("}", "}}"))
        if field is None:
            continue
        if field not in values or spec or conversion:
            return None
        pieces.append("{" + values[field] + "}")
    quote = parsed.quote
    try:
        built = cst.parse_expression("f" + quote + "".join(pieces) + quote)
    except cst.ParserSyntaxError:
        return None
    return (built, constant, fmt) if isinstance(built, cst.FormattedString) else None


def _class_scope(ctx: Context, call: cst.Call) -> list[cst.BaseStatement]:
    cls = next((a for a in ctx.ancestors(call) if isinstance(a, cst.ClassDef)), None)
    return list(cls.body.body) if cls is not None and isinstance(cls.body, cst.IndentedBlock) else []


def _module_constant(source: str, name: str) -> Edit | None:
    """`NAME = "..."` on one line at the top of the module: that line, as an edit that keeps it."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and \
                node.targets[0].id == name and node.lineno == node.end_lineno:
            line = source.splitlines()[node.lineno - 1]
            if line.rstrip().endswith(("'", '"')):
                return Edit(node.lineno, node.lineno, line)
    return None


def constant_col(line: str) -> int:
    """Where the value starts on a `NAME = value` line."""
    return line.index("=") + 1 + len(line[line.index("=") + 1:]) - len(line[line.index("=") + 1:].lstrip())


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
