"""Header values and host checks: line breaks taken out of a header value built from a caller's value (CWE-113),
a host suffix check that accepts only the domain and its subdomains, and a URL checked against a list of host
names by substring that compares its parsed host name instead (CWE-20)."""
from __future__ import annotations

import re

import libcst as cst

from aiharden.repair.codemods import calls
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft

_HEADER = re.compile(r"(?i)^(content-disposition|location|set-cookie|link|refresh)$")


def _one_line(value: cst.BaseExpression) -> cst.BaseExpression:
    """" ".join(str(value).splitlines()): every line break (CR, LF, CRLF and the rest) becomes a space."""
    return cst.parse_expression(f'" ".join(str({cst.Module([]).code_for_node(value)}).splitlines())')


def header_line_breaks(ctx: Context) -> list[Draft]:
    """The value of a header named in a dict or a (name, value) pair, or set with headers[name] = value, on the
    flagged lines, is kept to one line."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}

    def header(key: cst.BaseExpression | None) -> bool:
        return isinstance(key, cst.SimpleString) and bool(_HEADER.match(str(key.evaluated_value)))

    for element in ctx.find(cst.DictElement, lambda e: header(e.key)):
        out[element.value] = _one_line(element.value)
    for pair in ctx.find(cst.Tuple, lambda t: len(t.elements) == 2 and header(t.elements[0].value)):
        value = pair.elements[1].value
        out[value] = _one_line(value)
    for assign in ctx.find(cst.Assign, lambda a: len(a.targets) == 1 and isinstance(a.targets[0].target, cst.Subscript)):
        target = assign.targets[0].target
        assert isinstance(target, cst.Subscript)
        index = target.slice[0].slice
        if isinstance(index, cst.Index) and header(index.value) and ctx.code(target.value).endswith("headers"):
            out[assign.value] = _one_line(assign.value)
    out = {old: new for old, new in out.items() if not _already_one_line(ctx, old)}
    return [Draft("header-one-line", out)] if out else []


def _already_one_line(ctx: Context, value: cst.CSTNode) -> bool:
    return "splitlines()" in ctx.code(value) or isinstance(value, cst.SimpleString)


def host_suffix(ctx: Context) -> list[Draft]:
    """host.endswith(DOMAIN) → (host == DOMAIN or host.endswith("." + DOMAIN)): the domain and its subdomains,
    not every name that ends with its text."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: isinstance(c.func, cst.Attribute) and c.func.attr.value == "endswith"):
        pos = calls.positional(call)
        if len(pos) != 1 or len(call.args) != 1 or isinstance(pos[0].value, (cst.Tuple, cst.FormattedString)):
            continue
        assert isinstance(call.func, cst.Attribute)
        host, domain = ctx.code(call.func.value), ctx.code(pos[0].value)
        if isinstance(pos[0].value, cst.SimpleString):
            text = str(pos[0].value.evaluated_value)
            if text.startswith("."):
                continue
            dotted = cst.SimpleString(repr("." + text))
            check = f"({host} == {domain} or {host}.endswith({ctx.code(dotted)}))"
        else:
            check = f'({host} == {domain} or {host}.endswith("." + {domain}))'
        out[call] = cst.parse_expression(check)
    return [Draft("host-exact-or-subdomain", out)] if out else []


_HOST_IN = "_host_in"
_HOST_IN_SOURCE = '''def _host_in(value, hosts):
    """True when the host of value (a URL or a bare host name) is one of hosts or a subdomain of one; a URL
    must use http or https."""
    text = str(value).strip()
    parts = urllib.parse.urlsplit(text if "://" in text else "http://" + text)
    if parts.scheme.lower() not in ("http", "https"):
        return False
    name = (parts.hostname or "").rstrip(".")
    return any(name == h.lower() or name.endswith("." + h.lower()) for h in hosts)'''


def host_list(ctx: Context) -> list[Draft]:
    """any(host in url for host in HOSTS) → _host_in(url, HOSTS): the URL's parsed host name is one of the list's
    names or a subdomain of one, so a name of the list inside the query, the path or a longer host name no longer
    passes. The helper is added to the file once."""
    out: dict[cst.CSTNode, cst.CSTNode] = {}
    for call in ctx.find(cst.Call, lambda c: isinstance(c.func, cst.Name) and c.func.value == "any"):
        gen = call.args[0].value if len(call.args) == 1 else None
        if not isinstance(gen, cst.GeneratorExp) or gen.for_in.inner_for_in or gen.for_in.ifs:
            continue
        test, target = gen.elt, gen.for_in.target
        if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
                and isinstance(test.comparisons[0].operator, cst.In) and isinstance(target, cst.Name)
                and isinstance(test.left, cst.Name) and test.left.value == target.value):
            continue
        url, hosts = ctx.code(test.comparisons[0].comparator), ctx.code(gen.for_in.iter)
        out[call] = cst.parse_expression(f"{_HOST_IN}({url}, {hosts})")
    if not out:
        return []
    helper = ctx.helper_once(_HOST_IN, _HOST_IN_SOURCE)
    if helper is None:
        return []
    return [Draft("host-list-exact", out, imports=("urllib.parse",), elsewhere=helper)]
