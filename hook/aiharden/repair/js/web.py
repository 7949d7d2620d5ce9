"""Web-facing settings and checks, each a small rewrite of the flagged call or object:

- `res.redirect(input)` (CWE-601) → a same-site check first: a target that is not a local path goes to the code's
  own default (the last fixed operand of `a || b || DEFAULT` where the target is assigned), else `/`;
- `new RegExp(input)` (CWE-1333) → the input escaped, matched as text;
- a recursive merge (CWE-1321) → the loop skips `__proto__`, `constructor` and `prototype` keys;
- `jwt.verify` with "none" allowed (CWE-347) → only the algorithm the file signs with;
- `jwt.decode(token)` trusted as if verified (CWE-347) → `verifiedClaims(token)`: verify with the file's signing
  secret and algorithm, null for a token that does not verify (as decode answers for one it cannot read);
- `rejectUnauthorized: false` (CWE-295) → true;
- `res.cookie(...)` without flags (CWE-614/1004) → `httpOnly`, `secure` (and `sameSite: 'lax'` when unset);
- an error's stack in a response (CWE-209) → a generic message, the status kept; its message → the same for a 5xx
  status (a status held in a name keeps the message below 500).
"""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.js.pieces import Val
from aiharden.repair.js.pieces import flatten
from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import add_helper
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import call_name
from aiharden.repair.js.tree import declaration
from aiharden.repair.js.tree import handed_on
from aiharden.repair.js.tree import module_binding
from aiharden.repair.js.tree import statement_of

Proposals = list[tuple[str, Draft]]


def _member_call(src: Source, call: Node) -> tuple[Node, str] | None:
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "member_expression":
        return None
    obj, prop = fn.child_by_field_name("object"), fn.child_by_field_name("property")
    return (obj, src.t(prop)) if obj is not None and prop is not None else None


# ---- redirects

def _default_target(src: Source, value: Node) -> str | None:
    """The fixed fallback of `a || b || DEFAULT` / `a ?? DEFAULT`: a local path literal or a constant's name."""
    while value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    if value.type != "binary_expression":
        return None
    op = value.child_by_field_name("operator")
    right = value.child_by_field_name("right")
    if op is None or op.type not in ("||", "??") or right is None:
        return None
    text = src.t(right)
    if right.type == "string" and re.fullmatch(r"""['"]/(?![/\\])[^'"]*['"]""", text):
        return text
    if right.type == "identifier" and re.fullmatch(r"[A-Z][A-Z0-9_]*", text):
        return text
    return None


_LOCAL_TEST = ("typeof target === 'string' && target[0] === '/' && target[1] !== '/' && target[1] !== '\\\\'\n"
               "{step}{step}&& !/[\\u0000-\\u001f]/.test(target)")


def propose_redirect(src: Source, start: int, end: int) -> Proposals:
    """Two forms, the gate keeps what verifies: the target passed through a helper that hands back a local path or
    the fallback, and a check before the redirect that sends anything else to the fallback."""
    for call in src.on_lines(("call_expression",), start, end):
        mc = _member_call(src, call)
        a = args(call)
        if mc is None or mc[1] != "redirect" or not a:
            continue
        target = a[-1]
        value: Node | None = target
        if target.type == "identifier":
            decl = declaration(src, src.t(target), call)
            value = decl.child_by_field_name("value") if decl is not None else None
        fallback = (_default_target(src, value) if value is not None else None) or "'/'"
        step = src.unit()
        out = []
        d = Draft(src)
        pick = src.fresh("localRedirect")
        d.replace(target, f"{pick}({src.t(target)}, {fallback})")
        add_helper(d, pick, (
            "/** The redirect target when it stays on this site (a local path, not a URL or a `//host`), else the "
            "fallback. */\n"
            f"function {pick}(target, fallback) {{\n"
            f"{step}return {_LOCAL_TEST.format(step=step)} ? target : fallback;\n"
            "}"))
        out.append(("js-redirect-same-site", d))
        stmt = statement_of(call)
        if stmt.parent is not None and stmt.parent.type == "statement_block":
            out.append(("js-redirect-same-site-check", _redirect_check(src, call, mc[0], a, target, fallback, stmt)))
        return out
    return []


def _redirect_check(src: Source, call: Node, res: Node, a: list[Node], target: Node, fallback: str,
                    stmt: Node) -> Draft:
    d = Draft(src)
    nl, ind, step = src.nl(), src.indent(stmt), src.unit()
    if target.type == "identifier":
        name, before = src.t(target), ""
    else:
        name = src.fresh("target")
        before = f"const {name} = {src.t(target)};{nl}{ind}"
        d.replace(target, name)
    check = src.fresh("isLocalRedirect")
    redirect = f"{src.t(res)}.redirect({''.join(src.t(x) + ', ' for x in a[:-1])}{fallback})"
    refusal = f"return {redirect};" if stmt.type == "return_statement" else f"{redirect};{nl}{ind}{step}return;"
    d.insert(stmt.start_byte, f"{before}if (!{check}({name})) {{{nl}{ind}{step}{refusal}{nl}{ind}}}{nl}{ind}")
    add_helper(d, check, (
        "/** Whether a redirect target stays on this site: a local path, not a URL or a `//host`. */\n"
        f"function {check}(target) {{\n"
        f"{step}return {_LOCAL_TEST.format(step=step)};\n"
        "}"))
    return d


def _data(src: Source, node: Node) -> bool:
    """A value that is data, not markup the code built: a name, a property, an index, or one with a fallback."""
    if node.type == "identifier":  # unless it holds markup built before: a template with tags, a call's result
        decl = declaration(src, src.t(node), node)
        value = decl.child_by_field_name("value") if decl is not None else None
        return value is None or not ("<" in src.t(value) or value.type in ("call_expression", "await_expression"))
    if node.type in ("member_expression", "subscript_expression"):
        return True
    if node.type == "parenthesized_expression" and node.named_children:
        return _data(src, node.named_children[0])
    if node.type == "binary_expression" and (op := node.child_by_field_name("operator")) is not None and \
            op.type in ("??", "||") and (left := node.child_by_field_name("left")) is not None:
        return _data(src, left)
    return False


def _owner(node: Node) -> Node | None:
    """The function a template belongs to: callbacks (`rows.map((r) => `...`)`) count as part of the function that
    hands them on."""
    fn = ancestor(node, FUNCTIONS)
    while fn is not None and fn.parent is not None and fn.parent.type == "arguments":
        outer = ancestor(fn.parent, FUNCTIONS)
        if outer is None:
            break
        fn = outer
    return fn


def _escape_templates(src: Source, d: Draft, templates: list[Node], helper: str) -> None:
    """Every data value put into HTML by the templates, and by the other HTML templates of the functions they are
    in (a page is built in pieces: a finding on one piece means the other pieces carry the same values)."""
    owners = {o.id: o for o in (_owner(t) for t in templates) if o is not None}
    seen = {t.id for t in templates}
    for fn in owners.values():
        templates += [n for n in src.walk(fn) if n.type == "template_string" and n.id not in seen]
    for tmpl in templates:
        if "<" not in src.t(tmpl):
            continue
        for s in (c for c in tmpl.named_children if c.type == "template_substitution"):
            inner = [c for c in s.named_children if c.type != "comment"]
            if len(inner) == 1 and _data(src, inner[0]) and not any(
                    inner[0].start_byte >= x and inner[0].end_byte <= y for x, y, _ in d.spans):
                d.replace(inner[0], f"{helper}({src.t(inner[0])})")


def _escape_helper(src: Source, d: Draft, helper: str) -> None:
    step = src.unit()
    add_helper(d, helper, (
        "/** Text made safe to place in HTML: the five characters HTML gives meaning to are escaped. */\n"
        f"function {helper}(value) {{\n"
        f"{step}return String(value ?? '').replace(/[&<>\"']/g, (ch) => ({{\n"
        f"{step}{step}'&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;',\n"
        f"{step}}})[ch]);\n"
        "}"))


def _helper_name(src: Source) -> str:
    return "escapeHtml" if "escapeHtml" not in src.identifiers() else src.fresh("escapeHtml")


def propose_html(src: Source, start: int, end: int) -> Proposals:
    """Data values in HTML built with template literals on the flagged lines, and in the other HTML templates of the
    same function, get an escape helper; values that are markup the code built (a call, a nested template) are left
    as they are."""
    d = Draft(src)
    helper = _helper_name(src)
    templates = [t for t in src.on_lines(("template_string",), start, end) if t.start_point.row + 1 <= end]
    if not templates:  # the page sent was built before: the templates its names were assigned
        for call in src.on_lines(("call_expression",), start, end):
            for name in (n for a in args(call) for n in src.walk(a) if n.type == "identifier"):
                decl = declaration(src, src.t(name), name)
                value = decl.child_by_field_name("value") if decl is not None else None
                if decl is not None and value is not None and value.type == "template_string" and ancestor(
                        decl, FUNCTIONS) == ancestor(call, FUNCTIONS):
                    templates.append(value)
    _escape_templates(src, d, templates, helper)
    if not d.spans:
        return []
    _escape_helper(src, d, helper)
    return [("js-html-escape", d)]


def _markup(src: Source, value: Node) -> bool:
    """Whether a value written as HTML is markup: a template or string with tags, or a name or call that holds some."""
    while value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    if value.type in ("call_expression", "await_expression"):
        return True
    if value.type == "identifier":
        decl = declaration(src, src.t(value), value)
        held = decl.child_by_field_name("value") if decl is not None else None
        return held is not None and _markup(src, held)
    return "<" in src.t(value)


def propose_dom(src: Source, start: int, end: int) -> Proposals:
    """`el.innerHTML = value`: text becomes `el.textContent = value`; markup built here with a template keeps its
    tags and the values in it are escaped. Markup made elsewhere (a call's result, a name holding one) is left: which
    of its parts are text is not known here."""
    for n in src.on_lines(("assignment_expression", "augmented_assignment_expression"), start, end):
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        prop = left.child_by_field_name("property") if left is not None and left.type == "member_expression" else None
        if prop is None or right is None or src.t(prop) not in ("innerHTML", "outerHTML"):
            continue
        if not _markup(src, right):
            if n.type != "assignment_expression" or src.t(prop) != "innerHTML":
                return []
            d = Draft(src)
            d.replace(prop, "textContent")
            return [("js-inner-html-to-text", d)]
        if right.type != "template_string":
            return []
        d = Draft(src)
        helper = _helper_name(src)
        _escape_templates(src, d, [right], helper)
        if not d.spans:
            return []
        _escape_helper(src, d, helper)
        return [("js-html-escape", d)]
    return []


# ---- regular expressions from input

def _regexp_args(src: Source, start: int, end: int) -> list[Node]:
    """The values that become a pattern: `new RegExp(value)` on the lines, or, for a call on the lines that hands a
    value to a function of the file that compiles that parameter with `new RegExp`, the parameter there."""
    out = []
    for n in src.on_lines(("new_expression", "call_expression"), start, end):
        ctor = n.child_by_field_name("constructor") or n.child_by_field_name("function")
        a = args(n)
        if ctor is not None and src.t(ctor) == "RegExp" and a and a[0].type not in ("string", "regex"):
            out.append(a[0])
    if out:
        return out
    def compiled(n: Node) -> Node | None:
        ctor = n.child_by_field_name("constructor") if n.type == "new_expression" else None
        a = args(n) if ctor is not None and src.t(ctor) == "RegExp" else []
        return a[0] if a else None

    # escaped where it is compiled: every caller of the function is covered
    return [used for _, _, used in handed_on(src, start, end, compiled)]


def propose_regex_input(src: Source, start: int, end: int) -> Proposals:
    d = Draft(src)
    helper = src.fresh("escapeRegExp")
    for value in _regexp_args(src, start, end):
        d.replace(value, f"{helper}({src.t(value)})")
    if not d.spans:
        return []
    step = src.unit()
    add_helper(d, helper, (
        "/** Text matched as itself in a regular expression: every character with a meaning there is escaped. */\n"
        f"function {helper}(text) {{\n"
        f"{step}return String(text).replace(/[.*+?^${{}}()|[\\]\\\\]/g, '\\\\$&');\n"
        "}"))
    return [("js-regex-escape-input", d)]


# ---- prototype pollution in a recursive merge

_GUARD = "if ({k} === '__proto__' || {k} === 'constructor' || {k} === 'prototype') {{{nl}{ind}{step}{exit};{nl}{ind}}}"


def propose_merge(src: Source, start: int, end: int) -> Proposals:
    for sub in src.on_lines(("subscript_expression",), start, end):
        index = sub.child_by_field_name("index")
        if index is None or index.type != "identifier":
            continue
        key = src.t(index)
        loop = _key_loop(src, sub, key)
        if loop is None:
            continue
        body, exit_word = loop
        first = next((c for c in body.named_children if c.type != "comment"), None)
        if first is None:
            continue
        d = Draft(src)
        ind, step, nl = src.indent(first), src.unit(), src.nl()
        d.insert(first.start_byte, _GUARD.format(k=key, nl=nl, ind=ind, step=step, exit=exit_word) + nl + ind)
        return [("js-merge-skip-prototype-keys", d)]
    return []


def _key_loop(src: Source, node: Node, key: str) -> tuple[Node, str] | None:
    """(the body block, continue or return) of the loop or forEach callback that binds key."""
    n = node.parent
    while n is not None:
        if n.type in ("for_in_statement",):
            left = n.child_by_field_name("left")
            body = n.child_by_field_name("body")
            if left is not None and body is not None and body.type == "statement_block" and re.search(
                    rf"(^|[\s\[,{{]){re.escape(key)}($|[\s\],}}])", src.t(left)):
                return body, "continue"
        if n.type == "arrow_function" or n.type == "function_expression":
            params = n.child_by_field_name("parameters") or n.child_by_field_name("parameter")
            body = n.child_by_field_name("body")
            if params is not None and body is not None and body.type == "statement_block" and re.search(
                    rf"(^|[\s\[(,{{]){re.escape(key)}($|[\s\]),}}])", src.t(params)):
                return body, "return"
        if n.type in FUNCTIONS and n.type != "arrow_function":
            return None
        n = n.parent
    return None


# ---- JWT: only the algorithm the file signs with

def _signing_algorithm(src: Source) -> str | None:
    algs = set()
    for call in src.walk():
        if call.type == "call_expression" and call_name(src, call) == "sign":
            m = re.search(r"""algorithm\s*:\s*(['"][A-Za-z0-9]+['"])""", src.t(call))
            algs.add(m[1].strip("'\"") if m else "HS256")
    return algs.pop() if len(algs) == 1 else None


_VERIFIED = """/** The token's claims when its signature and times verify, else null (what jwt.decode gives for a token it cannot
 * read), so the code's own check of a missing result refuses a forged or expired token. */
function {name}(token) {{
{s}try {{
{s}{s}return {jwt}.verify(token, {secret}, {{ algorithms: ['{alg}'] }});
{s}}} catch {{
{s}{s}return null;
{s}}}
}}"""


def _module_level(src: Source, node: Node) -> bool:
    """A secret the helper can read from the top of the file: process.env, a constant or a top-level function's
    call with no arguments, or a property of a top-level name."""
    text = src.t(node)
    if re.fullmatch(r"process\.env\.\w+|process\.env\[['\"]\w+['\"]\]", text):
        return True
    name = text.split(".")[0].split("(")[0]
    if not re.fullmatch(r"[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*(\(\))?", text):
        return False
    return any(ancestor(d, FUNCTIONS) is None and src.t(d.child_by_field_name("name") or d) == name
               for d in src.walk() if d.type in ("variable_declarator", "function_declaration"))


def _decode_to_verify(src: Source) -> Draft | None:
    """Every one-argument `jwt.decode(token)` of the file → `verifiedClaims(token)`, a helper that verifies with the
    secret and algorithm the file signs with (`jwt.sign(payload, SECRET, { algorithm })`)."""
    b = module_binding(src, "jsonwebtoken")
    jwt = b.namespace
    calls = [c for c in src.walk() if c.type == "call_expression"]
    signs = [c for c in calls if jwt and src.t(c.child_by_field_name("function") or c) == f"{jwt}.sign"]
    decodes = [c for c in calls if jwt and src.t(c.child_by_field_name("function") or c) == f"{jwt}.decode"]
    secrets = {src.t(args(c)[1]) for c in signs if len(args(c)) > 1 and _module_level(src, args(c)[1])}
    alg = _signing_algorithm(src)
    if not decodes or len(secrets) != 1 or len(signs) != len([c for c in signs if len(args(c)) > 1]) or not alg or \
            alg.lower() == "none" or any(len(args(c)) != 1 for c in decodes):
        return None
    d = Draft(src)
    name = src.fresh("verifiedClaims")
    for c in decodes:
        fn = c.child_by_field_name("function")
        assert fn is not None
        d.replace(fn, name)
    add_helper(d, name, _VERIFIED.format(name=name, jwt=jwt, secret=secrets.pop(), alg=alg, s=src.unit()))
    return d


def propose_jwt(src: Source, start: int, end: int) -> Proposals:
    alg = _signing_algorithm(src)
    verified = _decode_to_verify(src) if any(
        src.t(c.child_by_field_name("function") or c).endswith(".decode") for c in src.walk()
        if c.type == "call_expression") else None
    if verified is not None:
        return [("js-jwt-verify-instead-of-decode", verified)]
    for arr in src.on_lines(("array",), start, end):
        pair = arr.parent
        key = pair.child_by_field_name("key") if pair is not None and pair.type == "pair" else None
        if key is None or src.t(key).strip("'\"") != "algorithms":
            continue
        items = [c for c in arr.named_children if c.type != "comment"]
        kept = [c for c in items if src.t(c).strip("'\"`").lower() != "none"]
        d = Draft(src)
        if kept:
            d.replace(arr, "[" + ", ".join(src.t(c) for c in kept) + "]")
        elif alg:
            d.replace(arr, f"['{alg}']")
        else:
            continue
        return [("js-jwt-pin-algorithm", d)]
    return []


# ---- log lines

_ONE_LINE = r"""/** A value as one line of a log: line breaks and other control characters are written as \u escapes. */
function {name}(value) {{
{s}return String(value).replace(/[\x00-\x08\x0a-\x1f\x7f\u2028\u2029]/g,
{s}{s}(ch) => `\\u${{ch.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}}"""

def propose_log(src: Source, start: int, end: int) -> Proposals:
    """Values in a logged message built with `+` or a template (in the call, or in the local the message is built in
    before it is logged) get their line breaks escaped: one event, one line."""
    d = Draft(src)
    helper = src.fresh("oneLine")
    built = [n.child_by_field_name("value") or n.child_by_field_name("right") for n in src.on_lines(
        ("variable_declarator", "assignment_expression"), start, end) if n.start_point.row + 1 <= end]
    messages = [[a for a in args(call)] for call in src.on_lines(("call_expression",), start, end)
                if call.start_point.row + 1 <= end] + [[v] for v in built if v is not None]
    for values in messages:
        for a in values:
            segs = flatten(src, a) if a.type in ("binary_expression", "template_string") else None
            for seg in segs or ():
                if isinstance(seg, Val) and _data(src, seg.node) and not any(
                        seg.node.start_byte >= x and seg.node.end_byte <= y for x, y, _ in d.spans):
                    d.replace(seg.node, f"{helper}({src.t(seg.node)})")
        if d.spans:
            break
    if not d.spans:
        return []
    step = src.unit()
    add_helper(d, helper, _ONE_LINE.format(name=helper, s=src.unit()))
    return [("js-log-one-line", d)]


# ---- TLS, cookies, error details

def propose_tls(src: Source, start: int, end: int) -> Proposals:
    d = Draft(src)
    for pair in src.on_lines(("pair",), start, end):
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if key is not None and value is not None and src.t(key).strip("'\"") == "rejectUnauthorized" and src.t(
                value) in ("false", "0"):
            d.replace(value, "true")
    return [("js-tls-verify", d)] if d.spans else []


_FLAGS = (("httpOnly", "true"), ("secure", "true"), ("sameSite", "'lax'"))


def propose_cookie(src: Source, start: int, end: int) -> Proposals:
    for call in src.on_lines(("call_expression",), start, end):
        mc = _member_call(src, call)
        a = args(call)
        if mc is None or mc[1] != "cookie" or len(a) < 2:
            continue
        d = Draft(src)
        if len(a) == 2:
            d.insert(a[1].end_byte, ", { " + ", ".join(f"{k}: {v}" for k, v in _FLAGS) + " }")
            return [("js-cookie-flags", d)]
        opts = a[2]
        if opts.type != "object":
            continue
        present: dict[str, Node] = {}
        for p in opts.named_children:
            key, value = p.child_by_field_name("key"), p.child_by_field_name("value")
            if p.type == "pair" and key is not None and value is not None:
                present[src.t(key).strip("'\"")] = value
        for flag, on in _FLAGS[:2]:
            if flag in present and src.t(present[flag]) in ("false", "0", "undefined", "null"):
                d.replace(present[flag], on)
        missing = [(flag, on) for flag, on in _FLAGS if flag not in present]
        items = [c for c in opts.named_children if c.type != "comment"]
        if missing:
            added = [f"{k}: {v}" for k, v in missing]
            if not items:
                d.replace(opts, "{ " + ", ".join(added) + " }")
            elif "\n" in src.t(opts):
                ind = src.indent(items[-1])
                tail = src.data[items[-1].end_byte:opts.end_byte].decode("utf-8")
                comma = "," if tail.lstrip().startswith(",") else ""
                if comma:
                    d.insert(items[-1].end_byte + tail.index(",") + 1,
                             "".join(f"{src.nl()}{ind}{x}," for x in added))
                else:
                    d.insert(items[-1].end_byte, "".join(f",{src.nl()}{ind}{x}" for x in added))
            else:
                d.insert(items[-1].end_byte, ", " + ", ".join(added))
        if d.spans:
            return [("js-cookie-flags", d)]
    return []


def _status_of(src: Source, m: Node) -> str | None:
    """The status the response that sends m carries: `res.status(X).json(...)` → X."""
    call = ancestor(m, ("call_expression",))
    while call is not None:
        fn = call.child_by_field_name("function")
        obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        if obj is not None and obj.type == "call_expression" and src.t(obj).split("(")[0].endswith(".status"):
            a = args(obj)
            return src.t(a[0]) if len(a) == 1 else None
        call = ancestor(call, ("call_expression",))
    return None


def _message_for_client(src: Source, d: Draft, m: Node) -> bool:
    """`err.message` in a response: generic for a 5xx; a status held in a name keeps the message below 500."""
    status = _status_of(src, m)
    if status is None:
        return False
    if re.fullmatch(r"5\d\d", status):
        d.replace(m, "'Internal Server Error'")
    elif re.fullmatch(r"[A-Za-z_$][\w$]*", status):
        d.replace(m, f"({status} < 500 ? {src.t(m)} : 'Internal Server Error')")
    else:
        return False
    return True


def propose_error(src: Source, start: int, end: int) -> Proposals:
    d = Draft(src)
    for m in src.on_lines(("member_expression",), start, end):
        prop = m.child_by_field_name("property")
        if prop is not None and src.t(prop) == "message" and m.parent is not None and (
                m.parent.type == "pair" or m.parent.type == "arguments"):
            obj = m.child_by_field_name("object")
            if obj is not None and re.fullmatch(r"(?i)(e|ex|exc|err|error|exception|\w*(err|error))", src.t(obj)):
                _message_for_client(src, d, m)
            continue
        if prop is None or src.t(prop) != "stack" or ancestor(m, ("arguments", "pair")) is None:
            continue
        holder = m.parent
        if holder is not None and holder.type == "template_substitution":
            d.replace(holder, "Internal Server Error")
        else:
            d.replace(m, "'Internal Server Error'")
    return [("js-error-generic-message", d)] if d.spans else []
