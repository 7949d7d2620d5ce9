"""JavaScript and TypeScript syntax trees (tree-sitter) and edits by byte span: the core every JS codemod shares.

A codemod reads the tree of the file, replaces nodes by their byte span and inserts text; `Draft.edits` turns
the spans into the line edits every repair is made of, so the rest of the file keeps its formatting.
"""
from __future__ import annotations

from collections.abc import Callable

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field

from tree_sitter import Language
from tree_sitter import Node
from tree_sitter import Parser
from tree_sitter import Tree

from aiharden.repair.edits import Edit

FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "generator_function_declaration", "generator_function")
STATEMENT_PARENTS = ("statement_block", "program", "switch_case", "switch_default", "class_body")


@functools.cache
def _language(kind: str) -> Language:
    if kind == "javascript":
        import tree_sitter_javascript

        return Language(tree_sitter_javascript.language())
    import tree_sitter_typescript

    return Language(tree_sitter_typescript.language_tsx() if kind == "tsx" else
                    tree_sitter_typescript.language_typescript())


def grammar(path: str) -> str:
    """The grammar a file is read with: TypeScript for .ts, TSX for .tsx, JavaScript (with JSX) otherwise."""
    if path.endswith((".ts", ".mts", ".cts")):
        return "typescript"
    return "tsx" if path.endswith(".tsx") else "javascript"


def parse(text: str, path: str) -> Tree:
    return Parser(_language(grammar(path))).parse(text.encode("utf-8"))


def broken(tree: Tree) -> Node | None:
    """The first ERROR or MISSING node of the tree, None when it parsed cleanly."""
    if not tree.root_node.has_error:
        return None
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            return node
        stack.extend(reversed(node.children))
    return tree.root_node


class Source:
    """One file's text and tree, with the look-ups the codemods share."""

    def __init__(self, text: str, path: str) -> None:
        self.text, self.path = text, path
        self.data = text.encode("utf-8")
        self.tree = parse(text, path)
        self.root = self.tree.root_node
        self._starts = [0] + [m.end() for m in re.finditer(b"\n", self.data)]

    def t(self, node: Node) -> str:
        return self.data[node.start_byte:node.end_byte].decode("utf-8")

    def walk(self, node: Node | None = None) -> Iterator[Node]:
        stack = [node or self.root]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(reversed(n.children))

    def line_start(self, byte: int) -> int:
        """The byte offset where the line holding byte starts."""
        return self.data.rfind(b"\n", 0, byte) + 1

    def line_of(self, byte: int) -> int:
        import bisect

        return bisect.bisect_right(self._starts, byte)

    def indent(self, node: Node) -> str:
        start = self.line_start(node.start_byte)
        line = self.data[start:node.start_byte].decode("utf-8")
        return line[: len(line) - len(line.lstrip())]

    def unit(self) -> str:
        """The file's indentation step."""
        if re.search(r"\n\t+[^\s*]", self.text) and not re.search(r"\n +[^\s*]", self.text):
            return "\t"
        steps = [len(m[1]) for m in re.finditer(r"\n( +)[^\s*]", self.text)]  # doc comments' ` * ` aside
        return " " * min(steps) if steps else "  "

    def quote(self) -> str:
        """The file's usual string quote."""
        strings = [self.data[n.start_byte:n.start_byte + 1] for n in self.walk() if n.type == "string"]
        return '"' if strings.count(b'"') > strings.count(b"'") else "'"

    def nl(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"

    def on_lines(self, types: tuple[str, ...], start: int, end: int) -> list[Node]:
        """Nodes of these types that start on lines start..end (1-based), outermost first; then those that only
        overlap them (a call that starts a line above its flagged argument), smallest first."""
        inside, over = [], []
        for n in self.walk():
            if n.type not in types:
                continue
            first, last = n.start_point.row + 1, n.end_point.row + 1
            if start <= first <= end:
                inside.append(n)
            elif first < start and last >= start:
                over.append(n)
        return inside + sorted(over, key=lambda n: n.end_byte - n.start_byte)

    def esm(self) -> bool:
        return any(n.type in ("import_statement", "export_statement") for n in self.root.children)

    def identifiers(self) -> set[str]:
        return {self.t(n) for n in self.walk() if n.type in (
            "identifier", "property_identifier", "shorthand_property_identifier_pattern", "type_identifier",
            "shorthand_property_identifier")}

    def fresh(self, base: str, taken: set[str] | None = None) -> str:
        used = self.identifiers() | (taken or set())
        name, n = base, 2
        while name in used:
            name, n = f"{base}{n}", n + 1
        return name


def ancestor(node: Node, types: tuple[str, ...]) -> Node | None:
    n = node.parent
    while n is not None and n.type not in types:
        n = n.parent
    return n


def statement_of(node: Node) -> Node:
    """The statement that holds node (the node itself when it is one)."""
    n = node
    while n.parent is not None and n.parent.type not in STATEMENT_PARENTS:
        n = n.parent
    return n


def call_name(src: Source, call: Node) -> str:
    """`exec` for exec(...), `db.query` → `query`, `this.db.query` → `query`."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return ""
    if fn.type == "member_expression":
        prop = fn.child_by_field_name("property")
        return src.t(prop) if prop is not None else ""
    return src.t(fn)


def args(call: Node) -> list[Node]:
    a = call.child_by_field_name("arguments")
    return [c for c in a.named_children if c.type != "comment"] if a is not None and a.type == "arguments" else []


def local_function(src: Source, call: Node) -> tuple[Node, list[str]] | None:
    """The function declaration of the file that a call names (`helper(x)`), with its parameter names."""
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "identifier":
        return None
    target = next((f for f in src.walk() if f.type == "function_declaration"
                   and src.t(f.child_by_field_name("name") or f) == src.t(fn)), None)
    params = target.child_by_field_name("parameters") if target is not None else None
    if target is None or params is None:
        return None
    return target, [_param_name(src, p) for p in params.named_children]


def _param_name(src: Source, p: Node) -> str:
    """A parameter's name: `x`, `x = 1`, TypeScript's `x: T` / `x?: T`; a pattern keeps its text."""
    inner = p.child_by_field_name("left") or p.child_by_field_name("pattern") or p
    return src.t(inner)


def handed_on(src: Source, start: int, end: int, use: Callable[[Node], Node | None]) -> list[tuple[Node, Node, Node]]:
    """For each call on the lines to a function of the file: (the call, the argument it hands on, the parameter's
    use in the function) where `use(node)` picks a parameter, by name, inside that function."""
    out = []
    for call in src.on_lines(("call_expression",), start, end):
        local = local_function(src, call)
        if local is None:
            continue
        target, names = local
        given = args(call)
        for n in src.walk(target):
            used = use(n)
            if used is not None and used.type == "identifier" and src.t(used) in names[:len(given)] and not writes(
                    src, src.t(used), target):
                out.append((call, given[names.index(src.t(used))], used))
    return out


def scope_of(node: Node) -> Node:
    """The function body (or the program) node is in."""
    fn = ancestor(node, FUNCTIONS)
    return fn if fn is not None else statement_root(node)


def statement_root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def declaration(src: Source, name: str, use: Node) -> Node | None:
    """The `variable_declarator` that binds name as seen at use: the last one before it in the innermost
    enclosing function that has one, else at the top level."""
    scopes = []
    n: Node | None = use
    while (n := ancestor(n, FUNCTIONS)) is not None:  # type: ignore[arg-type]
        scopes.append(n)
    scopes.append(src.root)
    for scope in scopes:
        found = [d for d in src.walk(scope) if d.type == "variable_declarator" and d.end_byte <= use.start_byte
                 and (nm := d.child_by_field_name("name")) is not None and nm.type == "identifier"
                 and src.t(nm) == name and scope_of(d) == scope]
        if found:
            return found[-1]
    return None


def writes(src: Source, name: str, within: Node) -> list[Node]:
    """Assignments to name inside within (`name = ...`, `name += ...`, `name++`)."""
    out = []
    for n in src.walk(within):
        if n.type in ("assignment_expression", "augmented_assignment_expression"):
            left = n.child_by_field_name("left")
            if left is not None and left.type == "identifier" and src.t(left) == name:
                out.append(n)
        elif n.type == "update_expression" and any(c.type == "identifier" and src.t(c) == name for c in n.children):
            out.append(n)
    return out


def references(src: Source, name: str, within: Node | None = None) -> list[Node]:
    return [n for n in src.walk(within) if n.type in ("identifier", "shorthand_property_identifier")
            and src.t(n) == name]


@dataclass
class Draft:
    """Byte-span replacements and insertions on one file, rendered as line edits."""
    src: Source
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    imported: dict[str, str] = field(default_factory=dict)

    def replace(self, node: Node, text: str) -> None:
        self.spans.append((node.start_byte, node.end_byte, text))

    def replace_span(self, start: int, end: int, text: str) -> None:
        self.spans.append((start, end, text))

    def insert(self, byte: int, text: str) -> None:
        self.spans.append((byte, byte, text))

    def text(self) -> str:
        out = bytearray(self.src.data)
        for s, e, t in sorted(self.spans, key=lambda x: (x[0], x[1]), reverse=True):
            out[s:e] = t.encode("utf-8")
        return out.decode("utf-8")

    def edits(self) -> tuple[Edit, ...]:
        """One line edit per cluster of spans on neighbouring lines; raises ValueError on overlapping spans."""
        spans = sorted(enumerate(self.spans), key=lambda x: (x[1][0], x[1][1], x[0]))
        ordered = [s for _, s in spans]
        for a, b in zip(ordered, ordered[1:]):
            if b[0] < a[1]:
                raise ValueError("overlapping spans")
        src = self.src
        clusters: list[list[tuple[int, int, str]]] = []
        ranges: list[tuple[int, int]] = []
        for s, e, t in ordered:
            first = src.line_of(s)
            last = src.line_of(max(e - 1, s)) if e > s else first
            if clusters and first <= ranges[-1][1]:
                clusters[-1].append((s, e, t))
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
            else:
                clusters.append([(s, e, t)])
                ranges.append((first, last))
        out = []
        n_lines = len(src._starts) - (1 if src.data.endswith(b"\n") else 0)
        for group, (first, last) in zip(clusters, ranges):
            if all(s == e and s == src._starts[min(first, len(src._starts)) - 1] and t.endswith("\n")
                   for s, e, t in group) and first <= n_lines + 1:
                out.append(Edit(first, first - 1, "".join(t for _, _, t in group)))
                continue
            lo = src._starts[first - 1]
            hi = src._starts[last] if last < len(src._starts) else len(src.data)
            chunk = bytearray(src.data[lo:hi])
            for s, e, t in reversed(group):
                chunk[s - lo:e - lo] = t.encode("utf-8")
            out.append(Edit(first, last, chunk.decode("utf-8")))
        return tuple(out)


# ---- modules: finding how the file binds a Node module, and binding it when it does not

def _module_matches(spec: str, module: str) -> bool:
    return spec in (module, f"node:{module}")


def _string_value(src: Source, node: Node) -> str | None:
    if node.type == "string":
        return src.t(node)[1:-1]
    if node.type == "template_string" and not any(c.type == "template_substitution" for c in node.children):
        return src.t(node)[1:-1]
    return None


@dataclass(frozen=True)
class Binding:
    namespace: str | None  # `crypto` in `const crypto = require('crypto')` / `import * as crypto from ...`
    named: dict[str, str]  # imported member → local name
    pattern: Node | None  # the object pattern or named imports a new member can join


def module_binding(src: Source, module: str) -> Binding:
    ns: str | None = None
    named: dict[str, str] = {}
    pattern: Node | None = None
    for n in src.walk():
        if n.type == "call_expression" and src.t(n.child_by_field_name("function") or n) == "require":
            a = args(n)
            if not a or _string_value(src, a[0]) is None or not _module_matches(_string_value(src, a[0]) or "", module):
                continue
            decl = n.parent
            if decl is None or decl.type != "variable_declarator":
                continue
            name = decl.child_by_field_name("name")
            if name is None:
                continue
            if name.type == "identifier":
                ns = ns or src.t(name)
            elif name.type == "object_pattern":
                pattern = pattern or name
                for p in name.named_children:
                    if p.type == "shorthand_property_identifier_pattern":
                        named[src.t(p)] = src.t(p)
                    elif p.type == "pair_pattern":
                        k, v = p.child_by_field_name("key"), p.child_by_field_name("value")
                        if k is not None and v is not None and v.type == "identifier":
                            named[src.t(k)] = src.t(v)
        elif n.type == "import_statement":
            source = n.child_by_field_name("source")
            if source is None or not _module_matches(_string_value(src, source) or "", module):
                continue
            clause = next((c for c in n.named_children if c.type == "import_clause"), None)
            if clause is None:
                continue
            for c in clause.named_children:
                if c.type == "identifier":
                    ns = ns or src.t(c)
                elif c.type == "namespace_import":
                    ns = ns or src.t(c.named_children[-1])
                elif c.type == "named_imports":
                    pattern = pattern or c
                    for spec in c.named_children:
                        if spec.type == "import_specifier":
                            nm = spec.child_by_field_name("name")
                            alias = spec.child_by_field_name("alias")
                            if nm is not None:
                                named[src.t(nm)] = src.t(alias or nm)
    return Binding(ns, named, pattern)


def import_point(src: Source) -> int:
    """Byte where a new import goes: the line after the file's leading imports and requires, else before its
    first statement (after a 'use strict' directive and a #! line)."""
    at: int | None = None
    first: int | None = None
    for n in src.root.named_children:
        if n.type in ("comment", "hash_bang_line"):
            continue
        if first is None:
            first = n.start_byte
        if n.type == "expression_statement" and n.named_children and n.named_children[0].type == "string":
            at = n.end_byte
            continue
        if n.type == "import_statement" or (n.type in ("lexical_declaration", "variable_declaration")
                                            and _is_require_decl(src, n)):
            at = n.end_byte
            continue
        break
    if at is None:
        return src.line_start(first) if first is not None else len(src.data)
    nl = src.data.find(b"\n", at)
    return len(src.data) if nl < 0 else nl + 1


def _is_require_decl(src: Source, decl: Node) -> bool:
    for d in decl.named_children:
        v = d.child_by_field_name("value") if d.type == "variable_declarator" else None
        while v is not None and v.type in ("member_expression", "call_expression") and not (
                v.type == "call_expression" and src.t(v.child_by_field_name("function") or v) == "require"):
            v = v.child_by_field_name("object") if v.type == "member_expression" else v.child_by_field_name("function")
        if v is None or v.type != "call_expression":
            return False
    return True


def helper_point(src: Source) -> int:
    """Byte where a new top-level helper goes: before the first statement after the imports."""
    at = import_point(src)
    for n in src.root.named_children:
        if n.start_byte >= at and n.type not in ("comment",):
            return src.line_start(n.start_byte) if not _leading_comment(src, n) else src.line_start(
                _leading_comment(src, n).start_byte)  # type: ignore[union-attr]
    return len(src.data)


def _leading_comment(src: Source, node: Node) -> Node | None:
    """The doc comment right above node, if any."""
    prev = node.prev_sibling
    first = None
    while prev is not None and prev.type == "comment" and src.line_of(prev.end_byte) >= src.line_of(
            (first or node).start_byte) - 1:
        first = prev
        prev = prev.prev_sibling
    return first


def _builtin_prefix(src: Source) -> str:
    return "node:" if re.search(r"""(require\(|from )\s*['"]node:""", src.text) else ""


def ensure_namespace(d: Draft, module: str, local: str | None = None) -> str:
    """The name the file reaches module by (`crypto.randomBytes`), importing it when the file does not."""
    b = module_binding(d.src, module)
    if b.namespace:
        return b.namespace
    if module in d.imported:
        return d.imported[module]
    name = d.src.fresh(local or module)
    spec = _builtin_prefix(d.src) + module
    nl = d.src.nl()
    line = f"import {name} from '{spec}';{nl}" if d.src.esm() else f"const {name} = require('{spec}');{nl}"
    d.insert(import_point(d.src), line)
    d.imported[module] = name
    return name


def ensure_member(d: Draft, module: str, member: str) -> str:
    """An expression for module's member: its local name when the file imports it by name (adding it next to the
    file's other named imports of the module when there are some), else `ns.member`."""
    b = module_binding(d.src, module)
    if member in b.named:
        return b.named[member]
    key = f"{module}.{member}"
    if key in d.imported:
        return d.imported[key]
    if b.pattern is not None and member not in d.src.identifiers():
        last = [c for c in b.pattern.named_children if c.type != "comment"][-1]
        d.insert(last.end_byte, f", {member}")
        d.imported[key] = member
        return member
    ns = ensure_namespace(d, module)
    return f"{ns}.{member}"


def add_helper(d: Draft, name: str, text: str) -> None:
    """A top-level helper function, once per draft."""
    if name in d.imported:
        return
    d.imported[name] = name
    nl = d.src.nl()
    d.insert(helper_point(d.src), text.replace("\n", nl) + nl + nl)
