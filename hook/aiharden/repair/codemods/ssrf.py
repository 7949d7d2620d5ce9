"""CWE-918: a URL from outside fetched server-side → refused unless it is http(s) and resolves to public addresses."""
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
from aiharden.repair.codemods.context import walk

_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "stream"}
_HELPER = "_is_public_url"
_HELPER_SOURCE = f'''\
def {_HELPER}(url: str) -> bool:
    """True for an http(s) URL whose host resolves only to public addresses: no loopback, private,
    link-local (cloud metadata) or reserved ones, so a fetch cannot reach internal services. A name
    that does not resolve is left to the fetch, which fails on it the same way."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror:
        return True
    except (OSError, ValueError):
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)
'''


_CLIENTS = {"requests.Session", "requests.session", "httpx.Client", "httpx.AsyncClient"}
_REQUEST = "urllib.request.Request"
_HOST = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def _dotted(ctx: Context, node: ast.expr) -> str | None:
    """A dotted name in the ast, its first part resolved through the file's imports."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([ctx.aliases.get(node.id, node.id), *reversed(parts)])


def _clients(ctx: Context) -> dict[str, str]:
    """Names (and `self.` attributes) the file binds to an HTTP client or session, with the client's class:
    `with httpx.Client() as c`, `self.session = requests.Session()`."""
    found: dict[str, str] = {}
    for node in ast.walk(ast.parse(ctx.source)):
        bound: list[tuple[ast.expr | None, ast.expr]] = []
        if isinstance(node, (ast.With, ast.AsyncWith)):
            bound = [(item.optional_vars, item.context_expr) for item in node.items]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound = [(t, node.value) for t in targets]
        for target, value in bound:
            kind = _dotted(ctx, value.func) if isinstance(value, ast.Call) else None
            if target is not None and kind in _CLIENTS:
                found[ast.unparse(target)] = kind
    return found


def _request_url(ctx: Context, call: cst.Call, arg: cst.BaseExpression) -> cst.BaseExpression:
    """The URL inside `urllib.request.Request(url, ...)`, given in place or a few lines above."""
    if isinstance(arg, cst.Name):
        assign = flow.assignment_before(ctx, call, arg.value)
        if assign is not None and isinstance(assign.value, cst.Call):
            arg = assign.value
    if isinstance(arg, cst.Call) and ctx.qualname(arg.func) == _REQUEST:
        url = calls.kwarg(arg, "url") or next(iter(calls.positional(arg)), None)
        if url is not None:
            return url.value
    return arg


def _library(ctx: Context, call: cst.Call, clients: dict[str, str]) -> str:
    """The HTTP library that makes the call: `requests.get` and a `requests.Session()`'s `get` are both requests."""
    receiver = call.func.value if isinstance(call.func, cst.Attribute) else None
    if receiver is not None and ctx.code(receiver) in clients:
        return clients[ctx.code(receiver)].split(".")[0]
    if isinstance(receiver, cst.Call):
        return (ctx.qualname(receiver.func) or "").split(".")[0]
    return (ctx.qualname(call.func) or "").split(".")[0]


def _url_arg(ctx: Context, call: cst.Call, clients: dict[str, str]) -> cst.BaseExpression | None:
    name = ctx.qualname(call.func) or ""
    pos = calls.positional(call)
    head, _, method = name.rpartition(".")
    if head in ("requests", "httpx") and method in _METHODS and pos:
        return pos[0].value
    if name in ("requests.request", "httpx.request") and len(pos) >= 2:
        return pos[1].value
    if name == "urllib.request.urlopen" and pos:
        return _request_url(ctx, call, pos[0].value)
    if name == _REQUEST and pos:  # the request a later urlopen sends: checked before it is built
        return pos[0].value
    if isinstance(call.func, cst.Attribute) and call.func.attr.value in _METHODS | {"request"}:
        receiver = call.func.value
        is_client = ctx.code(receiver) in clients or (
            isinstance(receiver, cst.Call) and ctx.qualname(receiver.func) in _CLIENTS)
        index = 1 if call.func.attr.value == "request" else 0
        if is_client:
            arg = calls.kwarg(call, "url")
            return arg.value if arg is not None else pos[index].value if len(pos) > index else None
    arg = calls.kwarg(call, "url")
    return arg.value if arg is not None and (head in ("requests", "httpx")) else None


def allow_list(ctx: Context) -> str | None:
    """A module-level collection of host names that nothing in the file reads: the policy the code meant to apply."""
    tree = ast.parse(ctx.source)
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    for stmt in tree.body:
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else (
            stmt.target if isinstance(stmt, ast.AnnAssign) else None)
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if not isinstance(target, ast.Name) or target.id in read or value is None:
            continue
        if isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords and isinstance(
                value.func, ast.Name) and value.func.id in ("frozenset", "set", "tuple"):
            value = value.args[0]
        if not isinstance(value, (ast.Set, ast.List, ast.Tuple)) or not value.elts:
            continue
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) and _HOST.fullmatch(e.value)
               for e in value.elts):
            return target.id
    return None


def _refusal(ctx: Context, at: cst.CSTNode, url: str, library: str) -> tuple[str, tuple[str, ...]]:
    """How the function refuses the URL: a 400 in a web view; elsewhere the error a failed fetch raises when the
    file handles that library's errors (so its callers answer as they do when the fetch fails), else ValueError."""
    kind = refusal.framework(ctx, refusal.function_of(ctx, at))
    if kind == "flask":
        return "flask.abort(400)", ("flask",)
    if kind == "fastapi":
        return 'raise fastapi.HTTPException(status_code=400, detail="URL not allowed")', ("fastapi",)
    if kind == "django":
        return 'return django.http.HttpResponseBadRequest("URL not allowed")', ("django.http",)
    if (value := _error_value(ctx, at)) is not None:
        return f"return {value}", ()
    message = f'f"refusing to fetch {{{url}!r}}: host not allowed"'
    caught = _caught(ctx)
    if library == "requests":  # a ValueError that the code's handlers of requests' errors also catch
        return f"raise requests.exceptions.InvalidURL({message})", ("requests",)
    if library == "httpx" and caught & {"httpx.HTTPError", "httpx.RequestError", "httpx.TransportError"}:
        return f"raise httpx.RequestError({message})", ("httpx",)
    if library == "urllib" and caught & {"urllib.error.URLError", "OSError", "IOError", "EnvironmentError"}:
        return f"raise urllib.error.URLError({message})", ("urllib.error",)
    return f"raise ValueError({message})", ()


def _request_statement(ctx: Context, call: cst.Call) -> cst.BaseStatement | None:
    """Where the check goes: for `urlopen(request)` with `request = urllib.request.Request(url, ...)` above, before
    the Request is built (the URL is in it from then on)."""
    name = ctx.qualname(call.func)
    stmt = ctx.statement_of(call)
    pos = calls.positional(call)
    if name == "urllib.request.urlopen":
        arg = pos[0].value if pos else None
        assign = flow.assignment_before(ctx, call, arg.value) if isinstance(arg, cst.Name) else None
        built = ctx.statement_of(assign) if assign is not None and isinstance(assign.value, cst.Call) and \
            ctx.qualname(assign.value.func) == _REQUEST else None
        return built or stmt
    return stmt


def _error_value(ctx: Context, at: cst.CSTNode) -> str | None:
    """The value the function returns when its fetch fails (`except (URLError, OSError): return None`), for a
    check placed before that `try` (where the request is built): the refusal returns it too."""
    fn = refusal.function_of(ctx, at)
    if fn is None or any(isinstance(a, cst.Try) for a in ctx.ancestors(at)):
        return None
    for node in walk(fn):
        if isinstance(node, cst.Try):
            for handler in node.handlers:
                body = handler.body.body if isinstance(handler.body, cst.IndentedBlock) else ()
                small = body[0].body[0] if len(body) == 1 and isinstance(body[0], cst.SimpleStatementLine) else None
                if isinstance(small, cst.Return):
                    return ctx.code(small.value) if small.value is not None else "None"
    return None


def _caught(ctx: Context) -> set[str]:
    """Exception classes the file's handlers name, imports resolved."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(ctx.source)):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            out |= {n for n in (_dotted(ctx, e) for e in names) if n is not None}
    return out


def public_url_check(ctx: Context) -> list[Draft]:
    """`resp = requests.get(url)` gains a check before it (and allow_redirects=False): the host must be in the
    file's own allow-list when it has one that nothing reads yet, else it must resolve only to public addresses
    (a helper added to the module). The fetch resolves the name again: a DNS answer that changes in between
    (rebinding) is not covered by the second."""
    clients = _clients(ctx)
    hosts = allow_list(ctx)
    drafts = [d for d in (_guard(ctx, clients, hosts), _guard(ctx, clients, None)) if d is not None]
    return drafts


def _guard(ctx: Context, clients: dict[str, str], hosts: str | None) -> Draft | None:
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    needs: list[str] = ["urllib.parse"] if hosts else ["ipaddress", "socket", "urllib.parse"]
    if hosts is None and not ctx.defines(_HELPER) and ctx.helper_edit(_HELPER_SOURCE) is None:
        return None
    for call in ctx.find(cst.Call):
        url = _url_arg(ctx, call, clients)
        stmt = _request_statement(ctx, call)
        if not isinstance(url, cst.Name) or stmt is None or stmt in out:
            continue
        refuse, modules = _refusal(ctx, stmt, url.value, _library(ctx, call, clients))
        needs += modules
        test = (f"urllib.parse.urlsplit({url.value}).hostname not in {hosts}" if hosts
                else f"not {_HELPER}({url.value})")
        check = cst.parse_statement(f"if {test}:\n    {refuse}\n", config=ctx.module.config_for_parsing)
        kept = stmt
        if _library(ctx, call, clients) == "requests" and calls.kwarg(call, "allow_redirects") is None:
            # a public URL answering with a redirect to an internal one would pass the check
            new_call = calls.set_kwarg(call, "allow_redirects", cst.Name("False"))
            kept = cast(cst.BaseStatement, stmt.deep_replace(call, new_call))
        out[stmt] = cst.FlattenSentinel([check, kept])  # type: ignore[assignment]
    if not out:
        return None
    if hosts:
        return Draft("ssrf-allow-list-check", out, tuple(needs))
    helper = None if ctx.defines(_HELPER) else ctx.helper_edit(_HELPER_SOURCE)
    return Draft("ssrf-public-url-check", out, tuple(needs), (helper,) if helper is not None else ())
