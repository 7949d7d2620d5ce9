"""A URL from the request fetched by the server (CWE-918) → a check before the fetch that refuses anything but http(s)
to public addresses: the host is resolved, and an address in a private, loopback, link-local, carrier-grade NAT,
multicast or reserved range (IPv4 and IPv6; `net.BlockList` matches IPv4-mapped IPv6 against the IPv4 ranges) throws before any request is sent.

The check is `await assertPublicUrl(url);`, a helper added to the file, placed right before the statement that
fetches: a refused URL throws where the fetch would have thrown for an unreachable host, so the code's own error
handling (its `catch`, its error middleware) answers it. When the flagged call hands the URL to a function of the
file that fetches its parameter, the check goes before that call. Only inside `async` functions, and only for a URL
given as a name, a property or a string built from them (no call is evaluated twice).

A redirect would reach an address the check never saw, so the fetch changes too: `fetch(url, options)` becomes
`publicFetch(url, options)`, a helper that follows redirects itself and checks every hop; an axios call's options get
`maxRedirects: 0` and got's `followRedirect: false` (a redirect then fails the way an error answer does). A call of
another client, or with options it cannot add to, is declined.

Not covered, said in docs/repairs.md: a name that resolves to another address between the check and the fetch.
"""
from __future__ import annotations

from tree_sitter import Node

from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import add_helper
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import ensure_namespace
from aiharden.repair.js.tree import handed_on
from aiharden.repair.js.tree import local_function
from aiharden.repair.js.tree import statement_of

# clients whose first argument is the URL: the call's name, its last part for member calls
_CLIENTS = {"fetch", "axios", "got", "needle", "request"}
_MEMBER_CLIENTS = {"axios", "got", "http", "https", "superagent", "needle", "undici", "ky"}
_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "fetch"}
_PURE = ("identifier", "member_expression", "subscript_expression", "template_string", "binary_expression", "string",
         "parenthesized_expression", "template_substitution", "property_identifier", "number")

_IPV4 = ("['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],\n"
         "  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]")
_IPV6 = "['::', 128], ['::1', 128], ['64:ff9b::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]"

_HELPER = """/** Addresses a server-side fetch must not reach: private, loopback, link-local, shared, multicast, reserved. */
const {ranges} = new {net}.BlockList();
for (const [address, prefix] of [{ipv4}]) {{
{s}{ranges}.addSubnet(address, prefix, 'ipv4');
}}
for (const [address, prefix] of [{ipv6}]) {{
{s}{ranges}.addSubnet(address, prefix, 'ipv6');
}}

/** The URL when it is http(s) and every address its host resolves to is public; otherwise an Error is thrown. */
async function {name}(raw) {{
{s}const url = new URL(String(raw));
{s}if (url.protocol !== 'http:' && url.protocol !== 'https:') {{
{s}{s}throw new Error(`refused to fetch a ${{url.protocol}} URL`);
{s}}}
{s}const host = url.hostname.replace(/^\\[|\\]$/g, '');
{s}const found = {net}.isIP(host) ? [{{ address: host }}] : await {dns}.promises.lookup(host, {{ all: true }});
{s}for (const {{ address }} of found) {{
{s}{s}if ({ranges}.check(address, {net}.isIPv6(address) ? 'ipv6' : 'ipv4')) {{
{s}{s}{s}throw new Error(`refused to fetch ${{url.hostname}}: not a public address`);
{s}{s}}}
{s}}}
{s}return url;
}}"""


_FOLLOW = """/** fetch() that follows redirects itself, checking every address it is sent to with {check}. */
async function {name}(input, options = {{}}) {{
{s}let url = await {check}(input);
{s}let init = {{ ...options, redirect: 'manual' }};
{s}for (let hop = 0; ; hop += 1) {{
{s}{s}const response = await fetch(url, init);
{s}{s}const location = response.headers.get('location');
{s}{s}if (options.redirect === 'manual' || response.status < 300 || response.status > 399 || !location) {{
{s}{s}{s}return response;
{s}{s}}}
{s}{s}if (options.redirect === 'error' || hop === 20) {{
{s}{s}{s}throw new TypeError(`redirect refused after ${{hop}} hop(s)`);
{s}{s}}}
{s}{s}const method = String(init.method || 'GET').toUpperCase();
{s}{s}if (response.status === 303 ? method !== 'HEAD' : response.status <= 302 && method === 'POST') {{
{s}{s}{s}init = {{ ...init, method: 'GET', body: undefined }};
{s}{s}}}
{s}{s}url = await {check}(new URL(location, url));
{s}}}
}}"""


def _no_redirects(src: Source, d: Draft, call: Node, check: str) -> bool:
    """Redirects that cannot reach an unchecked address: False when the call's client or options do not allow it."""
    fn = call.child_by_field_name("function")
    a = args(call)
    assert fn is not None
    name = src.t(fn)
    if name == "fetch":
        helper = src.fresh("publicFetch")
        d.replace(fn, helper)
        add_helper(d, helper, _FOLLOW.format(name=helper, check=check, s=src.unit()))
        return True
    client = name.split(".")[0]
    setting = {"axios": "maxRedirects: 0", "got": "followRedirect: false"}.get(client)
    if setting is None:
        return False
    if len(a) == 1:
        d.insert(a[0].end_byte, f", {{ {setting} }}")
        return True
    with_data = client == "axios" and name.split(".")[-1] in ("post", "put", "patch")  # (url, data, config)
    options = (a[2] if len(a) > 2 else None) if with_data else a[1]
    if options is None:
        d.insert(a[-1].end_byte, f", {{ {setting} }}")
        return True
    if options.type != "object" or any(src.t(p).split(":")[0].strip() in ("maxRedirects", "followRedirect")
                                       for p in options.named_children):
        return False
    pairs = [p for p in options.named_children if p.type != "comment"]
    if not pairs:
        d.replace(options, f"{{ {setting} }}")
    elif src.t(options).count("\n"):
        last = pairs[-1]
        d.insert(last.start_byte, f"{setting},{src.nl()}{src.indent(last)}")
    else:
        d.insert(pairs[-1].end_byte, f", {setting}")
    return True


def _fetch_url(src: Source, call: Node) -> Node | None:
    """The URL argument of a call to an HTTP client."""
    fn = call.child_by_field_name("function")
    a = args(call)
    if fn is None or not a or a[0].type in ("object", "spread_element"):
        return None
    if fn.type == "identifier" and src.t(fn) in _CLIENTS:
        return a[0]
    if fn.type == "member_expression":
        obj, prop = fn.child_by_field_name("object"), fn.child_by_field_name("property")
        if obj is not None and prop is not None and src.t(obj) in _MEMBER_CLIENTS and src.t(prop) in _METHODS:
            return a[0]
    return None


def _is_async(fn: Node) -> bool:
    return any(c.type == "async" for c in fn.children)


def _fetches(src: Source, start: int, end: int) -> list[tuple[Node, Node]]:
    """(call, URL) of the fetches on the lines; failing those, (call, argument) of a call on the lines that hands the
    argument to a function of the file that fetches that parameter: the argument is checked where it is handed on."""
    out = [(c, u) for c in src.on_lines(("call_expression",), start, end) if (u := _fetch_url(src, c)) is not None]
    if out:
        return out
    return [(call, given) for call, given, _ in handed_on(
        src, start, end, lambda n: _fetch_url(src, n) if n.type == "call_expression" else None)]


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for call, url in _fetches(src, start, end):
        fn = ancestor(call, FUNCTIONS)
        if fn is None or not _is_async(fn):
            continue
        if any(n.type not in _PURE for n in src.walk(url) if n.is_named and n.type not in (
                "string_fragment", "escape_sequence", "template_chars")):
            return []  # a call in the URL would run twice
        stmt = statement_of(call)
        if stmt.parent is None or stmt.parent.type != "statement_block":
            return []
        d = Draft(src)
        name = src.fresh("assertPublicUrl")
        fetches = [call] if _fetch_url(src, call) is not None else [
            n for n in src.walk(local[0]) if n.type == "call_expression" and _fetch_url(src, n) is not None] if (
            local := local_function(src, call)) is not None else []
        if not fetches or not all(_no_redirects(src, d, f, name) for f in fetches):
            return []
        d.insert(stmt.start_byte, f"await {name}({src.t(url)});{src.nl()}{src.indent(stmt)}")
        net = ensure_namespace(d, "net")
        dns = ensure_namespace(d, "dns")
        add_helper(d, name, _HELPER.format(name=name, ranges=src.fresh("BLOCKED_ADDRESSES"), net=net, dns=dns,
                                           s=src.unit(), ipv4=_IPV4, ipv6=_IPV6))
        return [("js-ssrf-public-address", d)]
    return []
