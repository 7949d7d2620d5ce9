"""A file path joined from a base folder and request input (CWE-22) → `path.resolve(base, ...)` and a check that
the result stays inside the base before it is used. Sub-folders keep working; `../` and absolute names are
refused the way the function already refuses (its own 404 or 4xx response, else an error thrown).

Shapes: `path.join(base, name)` / `path.resolve(...)`, `base + '/' + name`, `${base}/${name}`, inline in the call
or in a variable assigned before it.
"""
from __future__ import annotations

import re

from tree_sitter import Node

from aiharden.repair.js.pieces import Lit
from aiharden.repair.js.pieces import Val
from aiharden.repair.js.pieces import flatten
from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import args
from aiharden.repair.js.tree import declaration
from aiharden.repair.js.tree import ensure_namespace
from aiharden.repair.js.tree import module_binding
from aiharden.repair.js.tree import scope_of
from aiharden.repair.js.tree import statement_of
from aiharden.repair.js.tree import writes


def _join(src: Source, node: Node) -> tuple[str, list[str]] | None:
    """(base, the other parts) of a joined path; None for other shapes."""
    if node.type == "call_expression":
        fn = node.child_by_field_name("function")
        ns = module_binding(src, "path").namespace
        if fn is None or fn.type != "member_expression" or src.t(fn) not in (f"{ns}.join", f"{ns}.resolve"):
            return None
        a = args(node)
        if len(a) < 2 or any(x.type == "spread_element" for x in a):
            return None
        return src.t(a[0]), [src.t(x) for x in a[1:]]
    if node.type not in ("binary_expression", "template_string"):
        return None
    segs = [x for x in flatten(src, node) or () if not (isinstance(x, Lit) and x.start == x.end)]
    if len(segs) < 3 or not isinstance(segs[0], Val) or not isinstance(segs[1], Lit):
        return None
    first, sep = segs[0], segs[1]
    raw = src.data[sep.start:sep.end].decode("utf-8")
    if not raw.startswith("/"):
        return None
    texts = [("lit", raw[1:])] if raw[1:] else []
    for x in segs[2:]:
        texts.append(("val", src.t(x.node)) if isinstance(x, Val) else ("lit", src.data[x.start:x.end].decode("utf-8")))
    if len(texts) == 1 and texts[0][0] == "val":
        rest = [texts[0][1]]
    else:
        rest = ["`" + "".join("${" + v + "}" if k == "val" else v.replace("`", "\\`") for k, v in texts) + "`"]
    return src.t(first.node), rest


def _refusal(src: Source, at: Node) -> str:
    """How the function refuses a request: its own 404 (else 403, 400) response expression, else a thrown error."""
    fn = ancestor(at, FUNCTIONS)
    if fn is None:
        return "throw new Error('the path leaves its base folder');"
    texts = [src.t(n) for n in src.walk(fn) if n.type == "call_expression"
             and re.match(r"^\w+\.status\(\s*4\d\d\s*\)", src.t(n)) and n.parent is not None
             and n.parent.type != "member_expression"]
    for code in ("404", "403", "400"):
        for t in texts:
            if re.match(rf"^\w+\.status\(\s*{code}\s*\)", t) and "\n" not in t:
                return f"return {t};"
    params = fn.child_by_field_name("parameters")
    names = [src.t(p) for p in (params.named_children if params is not None else ())]
    for res in ("res", "response", "reply"):
        if res in names:
            return f"return {res}.status(403).send('Forbidden');"
    return "throw new Error('the path leaves its base folder');"


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for call in src.on_lines(("call_expression",), start, end):
        a = args(call)
        if not a:
            continue
        d = _rewrite(src, call, a[0])
        if d is not None:
            return [("js-path-containment-check", d)]
    return []


def _rewrite(src: Source, call: Node, arg: Node) -> Draft | None:
    d = Draft(src)
    nl = src.nl()
    if arg.type == "identifier":
        decl = declaration(src, src.t(arg), call)
        value = decl.child_by_field_name("value") if decl is not None else None
        if decl is None or value is None or writes(src, src.t(arg), scope_of(decl)):
            return None
        stmt = statement_of(decl)
        if stmt.parent is None or stmt.parent.type not in ("statement_block", "program") or ancestor(
                decl, FUNCTIONS) is None:
            return None
        joined = _join(src, value)
        if joined is None:
            return None
        base, rest = joined
        p = ensure_namespace(d, "path")
        d.replace(value, f"{p}.resolve({base}, {', '.join(rest)})")
        name = src.t(arg)
        ind, step = src.indent(stmt), src.unit()
        d.insert(stmt.end_byte, f"{nl}{ind}if (!{name}.startsWith({p}.resolve({base}) + {p}.sep)) {{{nl}"
                                f"{ind}{step}{_refusal(src, stmt)}{nl}{ind}}}")
        return d
    joined = _join(src, arg)
    if joined is None:
        return None
    stmt = statement_of(call)
    if stmt.parent is None or stmt.parent.type != "statement_block":
        return None
    base, rest = joined
    p = ensure_namespace(d, "path")
    name = src.fresh("resolvedPath")
    ind, step = src.indent(stmt), src.unit()
    d.insert(stmt.start_byte, f"const {name} = {p}.resolve({base}, {', '.join(rest)});{nl}"
                              f"{ind}if (!{name}.startsWith({p}.resolve({base}) + {p}.sep)) {{{nl}"
                              f"{ind}{step}{_refusal(src, stmt)}{nl}{ind}}}{nl}{ind}")
    d.replace(arg, name)
    return d
