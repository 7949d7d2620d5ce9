"""Session and token fixes: cookie flags, constant-time comparison of secrets, CSRF protection back on, and JWTs
decoded with the key and algorithm the file issues them with."""
from __future__ import annotations

import ast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.context import walk
from aiharden.repair.edits import Edit

COOKIE_FLAGS = (("secure", "True"), ("httponly", "True"), ("samesite", '"Lax"'))


def cookie_flags(ctx: Context) -> list[Draft]:
    """set_cookie(name, value, ...) gains secure=True, httponly=True and samesite="Lax"; flags set to False
    or None are turned on. A call that forwards **kwargs is left alone (the flags may be in them)."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: isinstance(c.func, cst.Attribute) and c.func.attr.value == "set_cookie"):
        if any(a.star == "**" for a in call.args):
            continue
        new = call
        for keyword, good in COOKIE_FLAGS:
            arg = calls.kwarg(new, keyword)
            if arg is None:
                new = calls.set_kwarg(new, keyword, cst.parse_expression(good))
            elif keyword != "samesite" and not calls.is_true(arg.value):
                new = calls.replace_arg(new, arg, cst.parse_expression(good))
            elif keyword == "samesite" and isinstance(arg.value, cst.Name) and arg.value.value == "None":
                new = calls.replace_arg(new, arg, cst.parse_expression(good))
        if new is not call:
            out[call] = new
    return [Draft("cookie-secure-httponly", out)] if out else []


def constant_time(ctx: Context) -> list[Draft]:
    """a == b → hmac.compare_digest(a, b), a != b → not hmac.compare_digest(a, b), for the one comparison of two
    operands on the flagged lines that is not against a literal or None."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for cmp in ctx.find(cst.Comparison, lambda c: len(c.comparisons) == 1):
        op = cmp.comparisons[0].operator
        left, right = cmp.left, cmp.comparisons[0].comparator
        if not isinstance(op, (cst.Equal, cst.NotEqual)) or any(_constant(e) for e in (left, right)):
            continue
        # compare_digest refuses text with characters beyond ASCII: text is compared as its UTF-8 bytes
        text = _text_params(ctx, cmp)
        if any(isinstance(e, cst.Name) and e.value in text for e in (left, right)):
            left, right = (cst.parse_expression(f"{ctx.code(_bare(e))}.encode()") for e in (left, right))
        call = cst.Call(cst.parse_expression("hmac.compare_digest"),
                        [calls.new_arg(_bare(left)), calls.new_arg(_bare(right))])
        new: cst.BaseExpression = call if isinstance(op, cst.Equal) else cst.UnaryOperation(cst.Not(), call)
        out[cmp] = new.with_changes(lpar=cmp.lpar, rpar=cmp.rpar)
    if len(out) != 1:
        return []
    return [Draft("compare-digest", out, imports=("hmac",))]


def _constant(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, (cst.BaseString, cst.Integer, cst.Float)) or (
        isinstance(expr, cst.Name) and expr.value in ("None", "True", "False"))


def _text_params(ctx: Context, node: cst.CSTNode) -> set[str]:
    """Parameters of the function around node annotated as text (`str`, `str | None`, `Optional[str]`)."""
    fn = next((a for a in ctx.ancestors(node) if isinstance(a, cst.FunctionDef)), None)
    if fn is None:
        return set()
    params = [*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params]
    return {p.name.value for p in params if p.annotation is not None and ctx.code(p.annotation.annotation).replace(
        " ", "") in ("str", "str|None", "None|str", "Optional[str]", "typing.Optional[str]")}


def _bare(expr: cst.BaseExpression) -> cst.BaseExpression:
    return expr.with_changes(lpar=[], rpar=[]) if isinstance(expr, (cst.Name, cst.Call, cst.Attribute)) else expr


def csrf_protect(ctx: Context) -> list[Draft]:
    """The CSRF exemption goes: a csrf_exempt decorator line and a `csrf.exempt(view)` statement are removed and
    WTF_CSRF_ENABLED = False becomes True."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    removed: list[Edit] = []
    lines = ctx.source.splitlines()
    for node in ast.walk(ast.parse(ctx.source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for deco in node.decorator_list:
                on_line = deco.lineno == deco.end_lineno and ctx.start <= deco.lineno <= ctx.end
                if on_line and _exempts_ast(deco) and lines[deco.lineno - 1].strip().startswith("@"):
                    removed.append(Edit(deco.lineno, deco.lineno, ""))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and _exempts_ast(node.value.func) \
                and ctx.start <= node.lineno <= ctx.end and node.lineno == node.end_lineno:
            removed.append(Edit(node.lineno, node.lineno, ""))
    for small in ctx.find(cst.Assign, lambda a: calls.is_false(a.value)):
        if "WTF_CSRF_ENABLED" in ctx.code(small.targets[0].target):
            out[small.value] = cst.Name("True")
    return [Draft("csrf-protect", out, elsewhere=tuple(removed))] if out or removed else []


def _exempts_ast(expr: ast.expr) -> bool:
    name = expr.attr if isinstance(expr, ast.Attribute) else expr.id if isinstance(expr, ast.Name) else ""
    return name in ("csrf_exempt", "exempt")


def jwt_verify(ctx: Context) -> list[Draft]:
    """jwt.decode checks the signature with the key and algorithm the file's own jwt.encode signs with: verify=False
    and "verify_signature" options go, a missing key and a missing or token-chosen algorithm list are filled in.
    Without a jwt.encode in the file, a decode that already names its key and a literal list of algorithms (none of
    them `none`) keeps both and only stops skipping the check; any other decode has no candidate."""
    issued = _issued(ctx)
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: ctx.qualname(c.func) == "jwt.decode"):
        if issued is not None:
            key, algorithm = issued
        elif (own := _own_key_and_algorithms(ctx, call)) is not None:
            key, algorithm = own
        else:
            continue
        new = call
        if (arg := calls.kwarg(new, "verify")) is not None:
            new = calls.remove_arg(new, arg)
        if (arg := calls.kwarg(new, "options")) is not None:
            options = _without_signature_option(arg.value)
            if options is None:
                continue
            new = calls.remove_arg(new, arg) if not options.elements else calls.replace_arg(new, arg, options)
        if len(calls.positional(new)) == 1 and calls.kwarg(new, "key") is None:
            new = calls.insert_arg(new, 1, calls.new_arg(cst.parse_expression(key)))
        algorithms = calls.kwarg(new, "algorithms")
        pinned = cst.parse_expression(f"[{algorithm}]")
        if algorithms is None:
            new = calls.set_kwarg(new, "algorithms", pinned)
        elif not _literal_list(algorithms.value) or "none" in ctx.code(algorithms.value).lower():
            new = calls.replace_arg(new, algorithms, pinned)
        if new is not call:
            out[call] = new
    return [Draft("jwt-verify-signature", out)] if out else []


def _own_key_and_algorithms(ctx: Context, call: cst.Call) -> tuple[str, str] | None:
    """(key, first algorithm) of a decode call that passes both itself, the algorithms as a literal list."""
    pos = calls.positional(call)
    key = calls.kwarg(call, "key") or (pos[1] if len(pos) > 1 else None)
    algorithms = calls.kwarg(call, "algorithms") or (pos[2] if len(pos) > 2 else None)
    if key is None or algorithms is None or not _literal_list(algorithms.value):
        return None
    names = ctx.code(algorithms.value)
    if "none" in names.lower() or not isinstance(algorithms.value, cst.List) or not algorithms.value.elements:
        return None
    return ctx.code(key.value), ctx.code(algorithms.value.elements[0].value)


def _issued(ctx: Context) -> tuple[str, str] | None:
    """(key, algorithm) of the file's jwt.encode calls, as code, when they all agree and read no local names."""
    module = cst.parse_module(ctx.source)
    found = set()
    for call in (n for n in walk(module) if isinstance(n, cst.Call)):
        if ctx.qualname(call.func) != "jwt.encode":
            continue
        pos = calls.positional(call)
        key = calls.kwarg(call, "key") or (pos[1] if len(pos) > 1 else None)
        alg = calls.kwarg(call, "algorithm") or (pos[2] if len(pos) > 2 else None)
        if key is None:
            return None
        found.add((ctx.code(key.value), ctx.code(alg.value) if alg is not None else '"HS256"'))
    if len(found) != 1:
        return None
    key_code, alg_code = found.pop()
    module_names = _module_names(module)
    used = {n.value for n in _names(cst.parse_expression(key_code))} | {
        n.value for n in _names(cst.parse_expression(alg_code))}
    return (key_code, alg_code) if used <= module_names else None


def _without_signature_option(expr: cst.BaseExpression) -> cst.Dict | None:
    if not isinstance(expr, cst.Dict):
        return None
    kept = [e for e in expr.elements if not (isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                                             and e.key.evaluated_value == "verify_signature")]
    if kept and isinstance(kept[-1], cst.DictElement):
        kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return expr.with_changes(elements=kept)


def _literal_list(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, (cst.List, cst.Tuple)) and all(isinstance(e.value, cst.SimpleString) for e in expr.elements)


def _names(node: cst.CSTNode) -> list[cst.Name]:
    found: list[cst.Name] = []

    class Collect(cst.CSTVisitor):
        def visit_Name(self, name: cst.Name) -> None:
            found.append(name)

        def visit_Attribute(self, attr: cst.Attribute) -> bool:
            attr.value.visit(self)
            return False

    node.visit(Collect())
    return found


def _module_names(module: cst.Module) -> set[str]:
    """Names bound at the top of the module: imports, functions, classes, assignments."""
    names: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
            names.add(stmt.name.value)
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, (cst.Import, cst.ImportFrom)) and not isinstance(small.names, cst.ImportStar):
                    for alias in small.names:
                        bound = alias.asname.name if alias.asname else alias.name
                        names.add(module.code_for_node(bound).split(".")[0])
                elif isinstance(small, (cst.Assign, cst.AnnAssign)):
                    targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
                    names.update(t.value for t in targets if isinstance(t, cst.Name))
    return names
