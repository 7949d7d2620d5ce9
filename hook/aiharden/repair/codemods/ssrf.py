"""CWE-918: a URL from outside fetched server-side → refused unless it is http(s) and resolves to public addresses."""
from __future__ import annotations

from typing import cast

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft

_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "stream"}
_HELPER = "_is_public_url"
_HELPER_SOURCE = f'''\
def {_HELPER}(url: str) -> bool:
    """True for an http(s) URL whose host resolves only to public addresses: no loopback, private,
    link-local (cloud metadata) or reserved ones, so a fetch cannot reach internal services."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (OSError, ValueError):
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_global for info in infos)
'''


def _url_arg(ctx: Context, call: cst.Call) -> cst.BaseExpression | None:
    name = ctx.qualname(call.func) or ""
    pos = calls.positional(call)
    head, _, method = name.rpartition(".")
    if head in ("requests", "httpx") and method in _METHODS and pos:
        return pos[0].value
    if name in ("requests.request", "httpx.request") and len(pos) >= 2:
        return pos[1].value
    if name == "urllib.request.urlopen" and pos:
        return pos[0].value
    arg = calls.kwarg(call, "url")
    return arg.value if arg is not None and (head in ("requests", "httpx")) else None


def public_url_check(ctx: Context) -> list[Draft]:
    """`resp = requests.get(url)` gains `if not _is_public_url(url): raise ValueError(...)` before it (and
    allow_redirects=False), and the module a helper that resolves the host and accepts only global addresses.
    The fetch resolves the name again: a DNS answer that changes in between (rebinding) is not covered."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call):
        url = _url_arg(ctx, call)
        stmt = ctx.statement_of(call)
        if not isinstance(url, cst.Name) or stmt is None or stmt in out:
            continue
        check = cst.parse_statement(
            f"if not {_HELPER}({url.value}):\n"
            f'    raise ValueError(f"refusing to fetch {{{url.value}!r}}: not a public http(s) URL")\n',
            config=ctx.module.config_for_parsing,
        )
        kept = stmt
        if (ctx.qualname(call.func) or "").startswith("requests.") and calls.kwarg(call, "allow_redirects") is None:
            # a public URL answering with a redirect to an internal one would pass the check
            new_call = calls.set_kwarg(call, "allow_redirects", cst.Name("False"))
            kept = cast(cst.BaseStatement, stmt.deep_replace(call, new_call))
        out[stmt] = cst.FlattenSentinel([check, kept])  # type: ignore[assignment]
    if not out:
        return []
    helper = None if ctx.defines(_HELPER) else ctx.helper_edit(_HELPER_SOURCE)
    if helper is None and not ctx.defines(_HELPER):
        return []
    extra = (helper,) if helper is not None else ()
    return [Draft("ssrf-public-url-check", out, ("ipaddress", "socket", "urllib.parse"), extra)]
