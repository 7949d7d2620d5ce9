"""CWE-601: a redirect target chosen by the user → the code's own default unless it is a path on this site."""
from __future__ import annotations

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods import flow
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.codemods.strings import literal_text

_REDIRECTS = {"redirect", "RedirectResponse", "HttpResponseRedirect", "HttpResponsePermanentRedirect"}


def open_redirect(ctx: Context) -> list[Draft]:
    """A redirect target from the request or a parameter is kept only when it is a path on this site; anything
    else (another host, //host, /\\host, a scheme, control characters) falls back to the code's own default."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for ret in ctx.find(cst.Return, lambda r: _or_default(r.value) is not None):
        assert ret.value is not None
        _guard_at(ctx, ret, ret.value, out, returns=True)
    for call in ctx.find(cst.Call, lambda c: (ctx.qualname(c.func) or "").rsplit(".", 1)[-1] in _REDIRECTS):
        url = calls.kwarg(call, "url") or next(iter(calls.positional(call)), None)
        if url is not None:
            _guard_target(ctx, call, url.value, out)
    for element in ctx.find(cst.DictElement, lambda e: literal_text(e.key) == "Location"):
        _guard_target(ctx, element, element.value, out)
    return [Draft("redirect-same-site", out, ("urllib.parse",))] if out else []


def _guard_target(
    ctx: Context, at: cst.CSTNode, target: cst.BaseExpression, out: dict[cst.CSTNode, cst.CSTNode]
) -> None:
    if _or_default(target) is not None:
        _guard_at(ctx, at, target, out, returns=False)
        return
    if not isinstance(target, cst.Name):
        return
    assign = flow.assignment_before(ctx, at, target.value)
    stmt = ctx.statement_of(assign) if assign is not None else None
    default = _default(assign.value) if assign is not None else None
    if stmt is not None and default is not None:
        if stmt not in out:
            check = _check(ctx, target.value, ctx.code(default), empty=False, returns=False, at=at)
            out[stmt] = cst.FlattenSentinel([stmt, check])  # type: ignore[assignment]
        return
    # the fallback further up a chain of names (`destination = next_url` after `next_url = ... or DEFAULT`):
    # the check goes just before the redirect
    for _ in range(3):
        value = assign.value if assign is not None else None
        if not isinstance(value, cst.Name):
            return
        assign = flow.assignment_before(ctx, assign, value.value)  # type: ignore[arg-type]
        default = _default(assign.value) if assign is not None else None
        if default is not None:
            break
    here = ctx.statement_of(at)
    if default is None or not isinstance(here, cst.SimpleStatementLine) or here in out:
        return
    check = _check(ctx, target.value, ctx.code(default), empty=False, returns=False, at=at)
    out[here] = cst.FlattenSentinel([check, here])  # type: ignore[assignment]


def _guard_at(
    ctx: Context, at: cst.CSTNode, expr: cst.BaseExpression, out: dict[cst.CSTNode, cst.CSTNode], returns: bool
) -> None:
    """`... X or DEFAULT ...` gains a check of X just before its statement; a target that is not a plain name is
    first given one (`target = <X> or DEFAULT`)."""
    pair = _or_default(expr)
    stmt = ctx.statement_of(at)
    if pair is None or not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1 or stmt in out:
        return
    left, default = pair
    if isinstance(left, cst.Name):
        check = _check(ctx, left.value, ctx.code(default), empty=True, returns=returns, at=at)
        kept = stmt.deep_replace(expr, left)  # past the check X is a non-empty path: `X or DEFAULT` is X
        out[stmt] = cst.FlattenSentinel([check, kept])  # type: ignore[assignment]
        return
    name = _free_name(ctx, stmt)
    if name is None:
        return
    assign = cst.parse_statement(f"{name} = {ctx.code(expr)}\n", config=ctx.module.config_for_parsing)
    check = _check(ctx, name, ctx.code(default), empty=False, returns=False, at=at)
    out[stmt] = cst.FlattenSentinel([assign, check, stmt.deep_replace(expr, cst.Name(name))])  # type: ignore[assignment]


def _free_name(ctx: Context, stmt: cst.CSTNode) -> str | None:
    """A name for the target that nothing in the enclosing function (or module) uses yet."""
    scope = next((a for a in ctx.ancestors(stmt) if isinstance(a, cst.FunctionDef)), ctx.module)
    used = {n.value for n in _names(scope)}
    return next((n for n in ("target", "next_url", "redirect_to") if n not in used), None)


def _names(node: cst.CSTNode) -> list[cst.Name]:
    found = [node] if isinstance(node, cst.Name) else []
    for child in node.children:
        found += _names(child)
    return found


def _or_default(expr: cst.BaseExpression | None) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """`X or DEFAULT` with a constant default (a literal, a module constant, url_for(...))."""
    if isinstance(expr, cst.BooleanOperation) and isinstance(expr.operator, cst.Or) and _fixed(expr.right):
        return expr.left, expr.right
    return None


def _default(expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """The fallback the code already has: `X or DEFAULT`, or `args.get("next", DEFAULT)`."""
    pair = _or_default(expr)
    if pair is not None:
        return pair[1]
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get":
        pos = calls.positional(expr)
        default = pos[1].value if len(pos) == 2 else getattr(calls.kwarg(expr, "default"), "value", None)
        return default if default is not None and _fixed(default) else None
    return None


def _fixed(expr: cst.BaseExpression) -> bool:
    if literal_text(expr) is not None:
        return True
    if isinstance(expr, cst.Name):
        return expr.value.isupper()
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Name) and expr.func.value == "url_for":
        return all(literal_text(a.value) is not None for a in expr.args)
    return False


def _check(ctx: Context, name: str, default: str, empty: bool, returns: bool, at: cst.CSTNode) -> cst.BaseStatement:
    indent = ctx.module.default_indent
    tests = [
        *([f"not {name}"] if empty else []),
        f'not {name}.startswith("/")',
        f'{name}[1:2] in ("/", "\\\\")',  # //host and /\host are other hosts to a browser
        f"not {name}.isprintable()",
        f"urllib.parse.urlsplit({name}).netloc",
    ]
    body = f"return {default}" if returns else f"{name} = {default}"
    cond = f"(\n{indent}" + f"\n{indent}or ".join(tests) + "\n)"
    host = _request_host(ctx, at)
    if host is not None:  # an absolute http(s) URL back to the host the request came to is this site too
        same = [f"{name}.isprintable()", f'urllib.parse.urlsplit({name}).scheme in ("http", "https")',
                f"urllib.parse.urlsplit({name}).netloc == {host}"]
        cond += f" and not (\n{indent}" + f"\n{indent}and ".join([name, *same] if empty else same) + "\n)"
    code = f"if {cond}:\n{indent}{body}\n"
    return cst.parse_statement(code, config=ctx.module.config_for_parsing)


def _request_host(ctx: Context, at: cst.CSTNode) -> str | None:
    """The expression for the host this request was sent to: Django's request.get_host(), Starlette's
    request.url.netloc for a parameter annotated Request, flask.request.host; None when the code has no request."""
    function = next((a for a in ctx.ancestors(at) if isinstance(a, cst.FunctionDef)), None)
    if function is not None:
        for p in (*function.params.posonly_params, *function.params.params):
            annotation = ctx.qualname(p.annotation.annotation) if p.annotation is not None else None
            kind = (annotation or "").rsplit(".", 1)[-1]
            if kind in ("HttpRequest", "WSGIRequest", "ASGIRequest"):
                return f"{p.name.value}.get_host()"
            if kind == "Request" and (annotation or "").startswith(("fastapi", "starlette")):
                return f"{p.name.value}.url.netloc"
    flask = next((alias for alias, full in ctx.aliases.items() if full == "flask.request"), None)
    return f"{flask}.host" if flask is not None else None
