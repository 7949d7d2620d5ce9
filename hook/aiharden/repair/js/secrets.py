"""A literal secret in the source (CWE-798/259/321) → read from the environment when it is used, with a clear error
when the variable is not set:

- a constant only functions read: the declaration goes and each use calls `requireEnv('NAME')`;
- a property of an object built at load time (a connection config): a getter that reads the variable when the
  object is read (a spread, the driver), so the module still loads without it; when the module exports the
  object, `process.env.NAME` (an exported object may be read whole, e.g. serialised, where a throwing getter
  would break the reader);
- a literal inside a function: `requireEnv('NAME')` in place;
- a constant read at load time (exported, passed to a call at the top level): `process.env.NAME`.

The variable's name follows the code's own: the constant's name, or the property's name after the prefix of the
variables the same object already reads (`DB_HOST`, `DB_PORT` → `DB_PASSWORD`), else after the object's name.
"""
from __future__ import annotations

import os
import re

from tree_sitter import Node

from aiharden.repair.js.tree import FUNCTIONS
from aiharden.repair.js.tree import Draft
from aiharden.repair.js.tree import Source
from aiharden.repair.js.tree import add_helper
from aiharden.repair.js.tree import ancestor
from aiharden.repair.js.tree import references
from aiharden.repair.js.tree import statement_of

HELPER = "requireEnv"


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").upper()


def _helper(d: Draft) -> str:
    name = HELPER if HELPER not in d.src.identifiers() else d.src.fresh(HELPER)
    step = d.src.unit()
    add_helper(d, name, (
        f"/** A secret from the environment, read when it is used: it is not kept in the source. */\n"
        f"function {name}(name) {{\n"
        f"{step}const value = process.env[name];\n"
        f"{step}if (!value) {{\n"
        f"{step}{step}throw new Error(`${{name}} is not set: provide it in the environment`);\n"
        f"{step}}}\n"
        f"{step}return value;\n"
        f"}}"))
    return name


def _env_prefix(src: Source, obj: Node) -> str:
    """The prefix the object's variables share; a variable named after its own property gives it alone
    (`timeoutMs: process.env.CRM_TIMEOUT_MS` → `CRM_`)."""
    for pair in (c for c in obj.named_children if c.type == "pair"):
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        m = re.search(r"process\.env\.([A-Z][A-Z0-9_]*)", src.t(value)) if value is not None else None
        own = _snake(src.t(key).strip("'\"")) if key is not None else ""
        if m and own and m[1].endswith("_" + own):
            return m[1][: -len(own)]
    names = re.findall(r"process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[['\"]([A-Z][A-Z0-9_]*)['\"]\]", src.t(obj))
    names = [a or b for a, b in names]
    if not names:
        return ""
    prefix = os.path.commonprefix(names)
    return prefix[: prefix.rfind("_") + 1] if "_" in prefix else ""


_SECRET_WORD = re.compile(r"(?i)pass|secret|token|key|cred|auth|private|api")


def _literals(src: Source, start: int, end: int) -> list[Node]:
    """The literals on the lines, those held by a name that says secret first."""
    found = [n for n in src.on_lines(("string", "template_string"), start, end)
             if not any(c.type == "template_substitution" for c in n.children) and len(src.t(n)) > 2]

    def holder_name(n: Node) -> str:
        h = n.parent
        key = (h.child_by_field_name("key") or h.child_by_field_name("name")) if h is not None else None
        return src.t(key) if key is not None else ""

    return sorted(found, key=lambda n: not _SECRET_WORD.search(holder_name(n)))


def propose(src: Source, start: int, end: int) -> list[tuple[str, Draft]]:
    for lit in _literals(src, start, end):
        holder = lit.parent
        if holder is None:
            continue
        if holder.type == "variable_declarator" and holder.child_by_field_name("value") == lit:
            d = _constant(src, holder, lit)
        elif holder.type == "pair" and holder.child_by_field_name("value") == lit:
            d = _property(src, holder, lit)
        else:
            continue
        if d is not None:
            return [("js-secret-from-env", d)]
    return []


def _constant(src: Source, decl: Node, lit: Node) -> Draft | None:
    name = src.t(decl.child_by_field_name("name") or decl)
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return None
    env = _snake(name)
    d = Draft(src)
    fn = ancestor(decl, FUNCTIONS)
    if fn is not None:  # a local: read where it is
        d.replace(lit, f"{_helper(d)}('{env}')")
        return d
    stmt = statement_of(decl)
    uses = [r for r in references(src, name) if r.start_byte > decl.end_byte or r.end_byte < decl.start_byte]
    at_load = any(ancestor(u, FUNCTIONS) is None for u in uses)
    single = len([c for c in stmt.named_children if c.type == "variable_declarator"]) == 1
    if at_load or not single or stmt.type == "export_statement" or (stmt.parent and stmt.parent.type ==
                                                                       "export_statement"):
        d.replace(lit, f"process.env.{env}")
        return d
    helper = _helper(d)
    for u in uses:
        if u.type == "shorthand_property_identifier":
            d.replace(u, f"{name}: {helper}('{env}')")
        else:
            d.replace(u, f"{helper}('{env}')")
    line_start = src.line_start(stmt.start_byte)
    nl_at = src.data.find(b"\n", stmt.end_byte)
    if src.data[line_start:stmt.start_byte].strip():
        return None
    d.replace_span(line_start, nl_at + 1 if nl_at >= 0 else stmt.end_byte, "")
    return d


def _property(src: Source, pair: Node, lit: Node) -> Draft | None:
    key = pair.child_by_field_name("key")
    obj = pair.parent
    if key is None or obj is None or obj.type != "object" or key.type not in ("property_identifier", "string"):
        return None
    key_text = src.t(key).strip("'\"")
    prefix = ""
    outer: Node | None = obj
    while outer is not None and outer.type == "object" and not (prefix := _env_prefix(src, outer)):
        outer = outer.parent.parent if outer.parent is not None and outer.parent.type == "pair" else None
    if not prefix:
        owner = obj.parent
        owner_name = src.t(owner.child_by_field_name("name") or owner) if owner is not None and \
            owner.type == "variable_declarator" else ""
        base = re.sub(r"(?i)(config|configuration|options|opts|settings|conf)$", "", owner_name)
        prefix = _snake(base) + "_" if base else ""
    env = prefix + _snake(key_text)
    d = Draft(src)
    if ancestor(pair, FUNCTIONS) is not None:
        d.replace(lit, f"{_helper(d)}('{env}')")
    elif _exported(src, _holder(obj)):
        d.replace(lit, f"process.env.{env}")
    else:
        d.replace(pair, f"get {src.t(key)}() {{ return {_helper(d)}('{env}'); }}")
    return d


def _holder(obj: Node) -> str:
    """The name of the top-level variable an object literal is (part of)."""
    n: Node | None = obj
    while n is not None and n.type != "variable_declarator":
        n = n.parent
    name = n.child_by_field_name("name") if n is not None else None
    return name.text.decode() if name is not None and name.text is not None else ""


def _exported(src: Source, name: str) -> bool:
    """Whether the module exports the variable: `module.exports = { name }`, `exports.x = name`, `export`."""
    if not name:
        return False
    for r in references(src, name):
        n: Node | None = r
        while n is not None and n.type not in ("program", "statement_block"):
            if n.type == "export_statement" or (n.type == "assignment_expression" and re.match(
                    r"(module\.)?exports\b", src.t(n.child_by_field_name("left") or n))):
                return True
            n = n.parent
    return False
