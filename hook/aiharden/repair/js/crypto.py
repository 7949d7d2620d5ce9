"""Randomness and password hashes from the `crypto` module.

- `Math.random` tokens (CWE-338) → `crypto.randomBytes(16).toString('hex')` for `Math.random().toString(R)`
  chains (128 bits, a hex alphabet inside the original's), `crypto.randomInt(n)` for `Math.floor(Math.random() * n)`
  (same values, same alphabet when it picks from a string), `crypto.randomUUID()` for a hand-rolled v4 UUID.
- A fast password hash (md5/sha1/sha256 `createHash(...).update(pw).digest()`, CWE-916/328) returned by a function
  whose result the file compares → `scrypt$<salt>$<key>` with a random salt, and every comparison calls a
  verifier made from the function itself that recomputes with the stored salt in constant time.
"""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import add_helper
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import ensure_namespace
from aiharden.repair.js.tree import references
from aiharden.repair.js.tree import statement_of

_UUID = re.compile(r"""^['"`]x{8}-x{4}-4x{3}-[xy]x{3}-x{12}['"`]$""")


def _is_math_random(src: Source, n: Node) -> bool:
    return n.type == "call_expression" and src.t(n.child_by_field_name("function") or n) == "Math.random" \
        and not args(n)


def _method(src: Source, call: Node) -> tuple[Node, str] | None:
    """(receiver, method) of `receiver.method(...)`."""
    fn = call.child_by_field_name("function")
    if call.type != "call_expression" or fn is None or fn.type != "member_expression":
        return None
    obj, prop = fn.child_by_field_name("object"), fn.child_by_field_name("property")
    return (obj, src.t(prop)) if obj is not None and prop is not None else None


def _outer_call(n: Node) -> Node | None:
    """`x.m(...)` around x."""
    member = n.parent
    if member is None or member.type != "member_expression" or member.child_by_field_name("object") != n:
        return None
    call = member.parent
    return call if call is not None and call.type == "call_expression" else None


def _token_chain(src: Source, rnd: Node) -> tuple[Node, int | None] | None:
    """`Math.random().toString(R)[.slice|substring|substr(2[, k])]`: (the whole chain, its length when fixed)."""
    to_string = _outer_call(rnd)
    if to_string is None or _method(src, to_string) is None or _method(src, to_string)[1] != "toString":  # type: ignore[index]
        return None
    chain, length = to_string, None
    cut = _outer_call(to_string)
    m = _method(src, cut) if cut is not None else None
    if cut is not None and m is not None and m[1] in ("slice", "substring", "substr"):
        a = [src.t(x) for x in args(cut)]
        if not a or not a[0].isdigit():
            return None
        if len(a) == 2:
            if not a[1].isdigit():
                return None
            length = int(a[1]) - int(a[0]) if m[1] != "substr" else int(a[1])
        chain = cut
    return chain, length


def _concat_root(node: Node) -> Node:
    n = node
    while n.parent is not None and (n.parent.type == "binary_expression" and src_op(n.parent) == "+"
                                    or n.parent.type == "parenthesized_expression"):
        n = n.parent
    return n


def src_op(n: Node) -> str:
    op = n.child_by_field_name("operator")
    return op.type if op is not None else ""


def _leaves(node: Node) -> list[Node]:
    if node.type == "binary_expression" and src_op(node) == "+":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return (_leaves(left) if left is not None else []) + (_leaves(right) if right is not None else [])
    if node.type == "parenthesized_expression" and node.named_children:
        return _leaves(node.named_children[0])
    return [node]


def propose_random(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    d = Draft(src)
    done: list[tuple[int, int]] = []
    ns = ""
    for rnd in src.on_lines(("call_expression",), start, end):
        if not _is_math_random(src, rnd) or any(s <= rnd.start_byte < e for s, e in done):
            continue
        ns = ns or ensure_namespace(d, "crypto")
        uuid = ancestor(rnd, ("call_expression",))
        while uuid is not None and not (_method(src, uuid) and _method(src, uuid)[1] == "replace"  # type: ignore[index]
                                       and _UUID.match(src.t(_method(src, uuid)[0]))):  # type: ignore[index]
            uuid = ancestor(uuid, ("call_expression",))
        if uuid is not None:
            d.replace(uuid, f"{ns}.randomUUID()")
            done.append((uuid.start_byte, uuid.end_byte))
            continue
        chain = _token_chain(src, rnd)
        if chain is not None:
            node, length = chain
            radix = src.t(args(_outer_call(rnd))[0]) if args(_outer_call(rnd)) else "10"  # type: ignore[arg-type]
            if length is not None:
                d.replace(node, f"Array.from({{ length: {length} }}, () => {ns}.randomInt({radix}).toString({radix}))"
                                f".join('')")
                done.append((node.start_byte, node.end_byte))
                continue
            root = _concat_root(node)
            leaves = _leaves(root)
            if root != node and all(_is_chain_leaf(src, x) for x in leaves):
                node = root
            d.replace(node, f"{ns}.randomBytes(16).toString('hex')")
            done.append((node.start_byte, node.end_byte))
            continue
        scaled = _floor_scaled(src, rnd)
        if scaled is None:
            return []
        floor, n = scaled
        d.replace(floor, f"{ns}.randomInt({n})")
        done.append((floor.start_byte, floor.end_byte))
    return [("js-random-to-crypto", d)] if done else []


def _is_chain_leaf(src: Source, leaf: Node) -> bool:
    rnd = next((n for n in src.walk(leaf) if _is_math_random(src, n)), None)
    chain = _token_chain(src, rnd) if rnd is not None else None
    return chain is not None and chain[0] == leaf and chain[1] is None


def _floor_scaled(src: Source, rnd: Node) -> tuple[Node, str] | None:
    """`Math.floor(Math.random() * n)` (either order): (the floor call, n)."""
    mul = rnd.parent
    if mul is None or mul.type != "binary_expression" or src_op(mul) != "*":
        return None
    other = mul.child_by_field_name("right") if mul.child_by_field_name("left") == rnd else mul.child_by_field_name(
        "left")
    holder = mul.parent.parent if mul.parent is not None and mul.parent.type == "arguments" else None
    if other is None or holder is None or src.t(holder.child_by_field_name("function") or holder) != "Math.floor":
        return None
    return holder, src.t(other)


# ---- password hashes

_FAST = re.compile(r"^['\"`](md5|sha1|sha-1|sha256|sha512|md4|ripemd160)['\"`]$", re.I)


def _hash_chain(src: Source, node: Node) -> tuple[Node, Node, str] | None:
    """`X.createHash('md5').update(v[, enc]).digest(fmt)`: (the chain, v, encoding text or '')."""
    digest = node
    m = _method(src, digest)
    if m is None or m[1] != "digest":
        return None
    update = m[0]
    mu = _method(src, update)
    if mu is None or mu[1] != "update":
        return None
    create = mu[0]
    mc = _method(src, create)
    if mc is None or mc[1] != "createHash" or not args(create) or not _FAST.match(src.t(args(create)[0])):
        return None
    ua = args(update)
    if not ua or len(ua) > 2:
        return None
    return digest, ua[0], src.t(ua[1]) if len(ua) == 2 else ""


def propose_password(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for call in src.on_lines(("call_expression",), start, end):
        found = _hash_chain(src, call)
        if found is None:
            continue
        fn = ancestor(call, FUNCTIONS)
        ret = statement_of(call)
        if fn is None or ret.type != "return_statement" or fn.type not in ("function_declaration", "method_definition"):
            continue
        d = _kdf(src, fn, ret, found)
        if d is not None:
            return [("js-password-scrypt", d)]
    return []


def _compare(src: Source, node: Node) -> tuple[Node, Node, bool] | None:
    """A `===`/`==`/`!==`/`!=` comparison node holds: (the comparison, the other side, negated)."""
    p = node.parent
    while p is not None and p.type == "parenthesized_expression":
        node, p = p, p.parent
    if p is None or p.type != "binary_expression" or src_op(p) not in ("===", "==", "!==", "!="):
        return None
    left, right = p.child_by_field_name("left"), p.child_by_field_name("right")
    other = right if left == node else left
    return (p, other, src_op(p).startswith("!")) if other is not None else None


def _calls_of(src: Source, fn: Node, name: str) -> list[Node]:
    """The calls of a function declaration (`name(...)`) or of a method (`this.name(...)`, `Class.name(...)`)."""
    if fn.type == "function_declaration":
        return [r.parent for r in references(src, name) if r.parent is not None and r.parent.type ==
                "call_expression" and r.parent.child_by_field_name("function") == r]
    cls = ancestor(fn, ("class_declaration", "class"))
    cls_name = cls.child_by_field_name("name") if cls is not None else None
    owners = {"this"} | ({src.t(cls_name)} if cls_name is not None else set())
    out = []
    for call in (n for n in src.walk() if n.type == "call_expression"):
        callee = call.child_by_field_name("function")
        if callee is not None and callee.type == "member_expression" and src.t(
                callee.child_by_field_name("property") or callee) == name and src.t(
                callee.child_by_field_name("object") or callee) in owners:
            out.append(call)
    return out


def _kdf(src: Source, fn: Node, ret: Node, found: tuple[Node, Node, str]) -> Draft | None:
    _, value, _ = found  # the encoding goes: scrypt reads strings as UTF-8
    name_node = fn.child_by_field_name("name")
    params = fn.child_by_field_name("parameters")
    if name_node is None or params is None:
        return None
    plist = [p for p in params.named_children if p.type != "comment"]
    if not plist or any(p.type not in ("identifier", "required_parameter") for p in plist):
        return None  # defaults, rest parameters, patterns
    name = src.t(name_node)
    d = Draft(src)
    ns = ensure_namespace(d, "crypto")
    matches = src.fresh(f"{name}Matches")
    if fn.type == "method_definition" and ("this" in src.t(value) or "super" in src.t(value)):
        return None  # the verifier is a function of the file: it cannot read the object
    # every comparison of name(...)'s result: directly, or through a local assigned from it
    rewrites = 0
    for call in _calls_of(src, fn, name):
        if ancestor(call, FUNCTIONS) == fn:
            continue
        cmp = _compare(src, call)
        call_args = src.t(call.child_by_field_name("arguments") or call)[1:-1]
        if cmp is not None:
            node, other, negated = cmp
            d.replace(node, f"{'!' if negated else ''}{matches}({call_args}, {src.t(other)})")
            rewrites += 1
            continue
        decl = call.parent
        if decl is None or decl.type != "variable_declarator" or decl.child_by_field_name("value") != call:
            continue
        local = src.t(decl.child_by_field_name("name") or decl)
        scope = ancestor(decl, FUNCTIONS)
        uses = [r for r in references(src, local, scope) if r.start_byte > decl.end_byte]
        cmps = [_compare(src, u) for u in uses]
        if not uses or any(c is None for c in cmps):
            continue
        stmt = statement_of(decl)
        if len([c for c in stmt.named_children if c.type == "variable_declarator"]) != 1:
            continue
        for c in cmps:
            assert c is not None
            node, other, negated = c
            d.replace(node, f"{'!' if negated else ''}{matches}({call_args}, {src.t(other)})")
        line_start = src.line_start(stmt.start_byte)
        nl_at = src.data.find(b"\n", stmt.end_byte)
        d.replace_span(line_start, nl_at + 1 if nl_at >= 0 else stmt.end_byte, "")
        rewrites += 1
    if not rewrites:
        return None  # nothing in the file checks the value: another module would break unseen
    secret = src.t(value)
    ind, step, nl = src.indent(ret), src.unit(), src.nl()
    d.replace(ret, f"const salt = {ns}.randomBytes(16).toString('hex');{nl}"
                   f"{ind}const key = {ns}.scryptSync({secret}, salt, 32).toString('hex');{nl}"
                   f"{ind}return `scrypt$${{salt}}$${{key}}`;")
    plain = ", ".join(src.t(p) for p in plist)
    add_helper(d, matches, (
        f"/** Whether {plain} matches a value {name} stored: recomputed with its salt, compared in constant time. */\n"
        f"function {matches}({plain}, stored) {{\n"
        f"{step}const [scheme, salt, key] = String(stored).split('$');\n"
        f"{step}if (scheme !== 'scrypt' || !salt || !key) {{\n"
        f"{step}{step}return false;\n"
        f"{step}}}\n"
        f"{step}const expected = Buffer.from(key, 'hex');\n"
        f"{step}const actual = {ns}.scryptSync({secret}, salt, expected.length);\n"
        f"{step}return actual.length === expected.length && {ns}.timingSafeEqual(actual, expected);\n"
        f"}}"))
    return d
