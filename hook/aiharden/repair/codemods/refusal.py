"""How a function refuses bad input, decided by what the function is: a web view answers with a 4xx, a function
whose own `try` turns errors into a return value gets its check inside that `try`, anything else raises."""
from __future__ import annotations

import ast

import libcst as cst

from aiharden.repair.codemods.context import Context

_ROUTE_VERBS = {"route", "get", "post", "put", "delete", "patch", "api_route"}
_CATCHES = {"Exception", "BaseException", "OSError", "PermissionError", "IOError", "EnvironmentError"}


def function_of(ctx: Context, node: cst.CSTNode) -> cst.FunctionDef | None:
    return next((a for a in ctx.ancestors(node) if isinstance(a, cst.FunctionDef)), None)


def framework(ctx: Context, fn: cst.FunctionDef | None) -> str | None:
    """flask, fastapi or django when fn is a view of that framework, else None."""
    if fn is None:
        return None
    modules = {v.split(".")[0] for v in ctx.aliases.values()}
    routed = any(isinstance(d.decorator, cst.Call) and isinstance(d.decorator.func, cst.Attribute)
                 and d.decorator.func.attr.value in _ROUTE_VERBS for d in fn.decorators)
    if routed and "fastapi" in modules:
        return "fastapi"
    if routed and "flask" in modules:
        return "flask"
    params = fn.params.params
    if params and params[0].name.value == "request" and "django" in modules:
        return "django"
    return None


def callers_framework(ctx: Context, name: str) -> str | None:
    """flask, fastapi or django when every call of the top-level function `name` in the file is made by a view of
    that framework: a helper only views call refuses the way they do."""
    kinds = set()
    for node in ast.walk(ast.parse(ctx.source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name == name:
            continue
        if any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == name for c in ast.walk(node)):
            kinds.add(_ast_framework(ctx, node))
    return kinds.pop() if len(kinds) == 1 else None


def _ast_framework(ctx: Context, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    modules = {v.split(".")[0] for v in ctx.aliases.values()}
    routed = any(isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr in _ROUTE_VERBS
                 for d in fn.decorator_list)
    if routed:
        return "fastapi" if "fastapi" in modules else "flask" if "flask" in modules else None
    first = fn.args.args[0].arg if fn.args.args else ""
    return "django" if first == "request" and "django" in modules else None


def statement(ctx: Context, at: cst.CSTNode, message: str) -> tuple[str, tuple[str, ...]]:
    """(the refusing statement's code, modules it needs); message is an f-string body for PermissionError."""
    fn = function_of(ctx, at)
    kind = framework(ctx, fn) or (callers_framework(ctx, fn.name.value) if fn is not None else None)
    if kind == "flask":
        return "flask.abort(404)", ("flask",)
    if kind == "fastapi":
        return 'raise fastapi.HTTPException(status_code=404, detail="not found")', ("fastapi",)
    if kind == "django":
        return 'raise django.http.Http404("not found")', ("django.http",)
    return f'raise PermissionError(f"{message}")', ()


def catching_try(ctx: Context, at: cst.CSTNode) -> cst.Try | None:
    """The innermost `try` around at, inside its function, whose handlers would catch a PermissionError."""
    for a in ctx.ancestors(at):
        if isinstance(a, cst.FunctionDef):
            return None
        if isinstance(a, cst.Try) and any(_catches(h) for h in a.handlers):
            return a
    return None


def _catches(h: cst.ExceptHandler) -> bool:
    if h.type is None:
        return True
    names = [h.type] if not isinstance(h.type, cst.Tuple) else [e.value for e in h.type.elements]
    return any(isinstance(n, (cst.Name, cst.Attribute)) and
               (n.value if isinstance(n, cst.Name) else n.attr.value) in _CATCHES for n in names)
