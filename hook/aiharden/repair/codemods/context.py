"""A parsed file and a flagged line range: node lookup, name resolution and line edits."""
from __future__ import annotations

import ast
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import TypeVar
from typing import cast

import libcst as cst
from libcst.metadata import CodeRange
from libcst.metadata import MetadataWrapper
from libcst.metadata import ParentNodeProvider
from libcst.metadata import PositionProvider

from aiharden.repair.codemods.layout import WIDTH
from aiharden.repair.codemods.layout import one_arg_per_line
from aiharden.repair.codemods.prune import ODD_BREAKS
from aiharden.repair.codemods.prune import overlaps
from aiharden.repair.codemods.prune import prune
from aiharden.repair.edits import Edit

N = TypeVar("N", bound=cst.CSTNode)


@dataclass(frozen=True)
class Draft:
    """A codemod's rewrite before rendering: old node → new node, and modules to import.

    A statement mapped to a FlattenSentinel([statement, *new]) keeps its text and gains the new statements after it.
    """

    name: str
    replacements: Mapping[cst.CSTNode, cst.CSTNode]
    imports: tuple[str, ...] = ()
    elsewhere: tuple[Edit, ...] = ()  # line edits outside the flagged statements, made on the whole file


@dataclass
class Context:
    source: str
    module: cst.Module
    start: int
    end: int
    paramstyle: str | None = None
    pos: Mapping[cst.CSTNode, CodeRange] = field(default_factory=dict)
    parents: Mapping[cst.CSTNode, cst.CSTNode] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    statements: list[cst.BaseStatement] = field(default_factory=list)
    first_line: int = 1  # where the file's first statement starts

    @classmethod
    def build(cls, source: str, start: int, end: int, paramstyle: str | None, whole: bool = False) -> Context | None:
        """None when the source does not parse. The file is pruned to the flagged top-level statement (with
        the imports and the docstring) unless `whole` asks for all of it."""
        if ODD_BREAKS & set(source):
            return None  # str.splitlines (line edits) and the parser would number lines differently
        try:
            reduced, first_line = prune(source, start, end)
            reduced = source if whole else reduced
            module = cst.parse_module(reduced)
        except (SyntaxError, ValueError, RecursionError, MemoryError, cst.ParserSyntaxError):
            return None
        wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        ctx = cls(source, module, start, end, paramstyle)
        ctx.first_line = first_line
        ctx.pos = wrapper.resolve(PositionProvider)
        ctx.parents = wrapper.resolve(ParentNodeProvider)
        ctx.aliases = _aliases(module)
        ctx.statements = [s for s in _statements(module) if overlaps(ctx.own_span(s), start, end)
                          or any(overlaps(ctx.span(d), start, end) for d in getattr(s, "decorators", ()))]
        return ctx

    def span(self, node: cst.CSTNode) -> tuple[int, int]:
        r = self.pos[node]
        return r.start.line, r.end.line

    def own_span(self, stmt: cst.BaseStatement) -> tuple[int, int]:
        """A compound statement owns only its header lines; a simple one all of its lines."""
        s, e = self.span(stmt)
        body = getattr(stmt, "body", None)
        if isinstance(stmt, cst.BaseCompoundStatement) and isinstance(body, cst.IndentedBlock) and body.body:
            e = self.span(body.body[0])[0] - 1
        return s, e

    def nodes(self) -> list[cst.CSTNode]:
        """Nodes inside the flagged statements' own lines that touch the flagged lines."""
        found: list[cst.CSTNode] = []
        for stmt in self.statements:
            lo, hi = self.own_span(stmt)
            for node in walk(stmt):
                if node in self.pos:
                    s, e = self.span(node)
                    if s <= hi and e >= lo and overlaps((s, e), self.start, self.end):
                        found.append(node)
        return found

    def nodes_in(self, root: cst.CSTNode) -> list[cst.CSTNode]:
        """Every node under root that has a position, in source order."""
        return sorted((n for n in walk(root) if n in self.pos), key=lambda n: (self.pos[n].start.line,
                                                                                self.pos[n].start.column))

    def find(self, kind: type[N], pred: Callable[[N], bool] = lambda n: True) -> list[N]:
        return [n for n in self.nodes() if isinstance(n, kind) and pred(n)]

    def qualname(self, expr: cst.BaseExpression) -> str | None:
        """Dotted name of a Name/Attribute chain, import aliases resolved (`md5` → `hashlib.md5`)."""
        if isinstance(expr, cst.Name):
            return self.aliases.get(expr.value, expr.value)
        if isinstance(expr, cst.Attribute):
            base = self.qualname(expr.value)
            return None if base is None else f"{base}.{expr.attr.value}"
        return None

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self.parents.get(node)

    def ancestors(self, node: cst.CSTNode) -> Iterator[cst.CSTNode]:
        p = self.parents.get(node)
        while p is not None:
            yield p
            p = self.parents.get(p)

    def statement_of(self, node: cst.CSTNode) -> cst.BaseStatement | None:
        for a in [node, *self.ancestors(node)]:
            if isinstance(a, cst.BaseStatement):
                return a
        return None

    def is_number(self, expr: cst.BaseExpression, near: cst.CSTNode) -> bool:
        """A numeric literal, len()/int()/float(), or a parameter annotated int or float."""
        if isinstance(expr, (cst.Integer, cst.Float)):
            return True
        if isinstance(expr, cst.Call) and self.qualname(expr.func) in ("len", "int", "float"):
            return True
        if not isinstance(expr, cst.Name):
            return False
        for a in self.ancestors(near):
            if isinstance(a, cst.FunctionDef):
                for p in (*a.params.params, *a.params.kwonly_params, *a.params.posonly_params):
                    if p.name.value == expr.value and p.annotation is not None:
                        return self.code(p.annotation.annotation) in ("int", "float")
                return False
        return False

    def render(self, draft: Draft) -> tuple[Edit, ...] | None:
        """Whole-line edits: one per changed statement, plus at most one import line."""
        by_stmt: dict[cst.BaseStatement, dict[cst.CSTNode, cst.CSTNode]] = {}
        for old, new in draft.replacements.items():
            stmt = old if isinstance(old, cst.BaseStatement) else self.statement_of(old)
            if stmt is None:
                return None
            by_stmt.setdefault(stmt, {})[old] = new
        old_lines = self.source.splitlines(keepends=True)
        edits: list[Edit] = []
        for stmt, mapping in by_stmt.items():
            s, e = self.span(stmt)
            new_lines = self._rendered(stmt, mapping)
            delta = len(new_lines) - len(old_lines)
            limit = max(WIDTH, *(len(line.rstrip("\r\n")) for line in old_lines[s - 1 : e]))
            if any(len(line.rstrip("\r\n")) > limit for line in new_lines[s - 1 : e + delta]):
                # a rewritten call that no longer fits on its line gets one argument per line
                new_lines = self._rendered(stmt, mapping, wrap=True)
                delta = len(new_lines) - len(old_lines)
            if isinstance(stmt, cst.BaseCompoundStatement):
                while e > s and old_lines[e - 1] == new_lines[e - 1 + delta]:
                    e -= 1
            edits.append(Edit(s, e, "".join(new_lines[s - 1 : e + delta])))
        missing = [m for m in dict.fromkeys(draft.imports) if not self.imports_module(m)]
        if missing:
            at = self.import_line()
            nl = self.module.default_newline
            edits.append(Edit(at, at - 1, "".join(f"import {m}{nl}" for m in missing)))
        taken = {n for e in edits for n in range(e.start_line, e.end_line + 1)}
        if any(n in taken for e in draft.elsewhere for n in range(e.start_line, e.end_line + 1)):
            return None
        return tuple(sorted(edits + list(draft.elsewhere), key=lambda e: (e.start_line, e.end_line)))

    def _rendered(
        self, stmt: cst.BaseStatement, mapping: Mapping[cst.CSTNode, cst.CSTNode], wrap: bool = False
    ) -> list[str]:
        inserted = mapping.get(stmt)
        if isinstance(inserted, cst.FlattenSentinel):  # the statement kept, with new ones after it
            return cast(cst.Module, self.module.deep_replace(stmt, inserted)).code.splitlines(keepends=True)
        new_stmt = cast(cst.BaseStatement, stmt.visit(Replace(mapping)))
        if wrap:
            new_stmt = one_arg_per_line(new_stmt, self.module.default_indent)
        return cast(cst.Module, self.module.deep_replace(stmt, new_stmt)).code.splitlines(keepends=True)

    def defines(self, name: str) -> bool:
        """A top-level function or class of that name exists in the file."""
        return any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name for n in ast.parse(self.source).body)

    def helper_edit(self, code: str) -> Edit | None:
        """code (a top-level function) inserted before the top-level statement that holds the flagged lines."""
        for node in ast.parse(self.source).body:
            if node.lineno <= self.start <= (node.end_lineno or node.lineno):
                first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
                nl = self.module.default_newline
                return Edit(first, first - 1, code.replace("\n", nl) + nl + nl)
        return None

    def helper_once(self, name: str, code: str) -> tuple[Edit, ...] | None:
        """The edits that give the file the top-level helper `name` (code): none when it has one already, one
        insertion before the flagged statement otherwise; None when there is nowhere to put it."""
        if self.defines(name):
            return ()
        edit = self.helper_edit(code)
        return None if edit is None else (edit,)

    def imports_module(self, name: str) -> bool:
        for stmt in self.module.body:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, cst.Import):
                        for alias in small.names:
                            full = self.code(alias.name)
                            bound = alias.asname.name if alias.asname else None
                            if (full == name or full.startswith(name + ".")) and (
                                bound is None or self.code(bound) == name
                            ):
                                return True
        return False

    def import_line(self) -> int:
        """The line before which a new import goes: after the docstring and the leading imports."""
        at = self.first_line
        for i, stmt in enumerate(self.module.body):
            if not isinstance(stmt, cst.SimpleStatementLine):
                break
            small = stmt.body[0]
            is_doc = i == 0 and isinstance(small, cst.Expr) and isinstance(small.value, cst.BaseString)
            if not (is_doc or isinstance(small, (cst.Import, cst.ImportFrom))):
                break
            at = self.span(stmt)[1] + 1
        return at


class Replace(cst.CSTTransformer):
    """Swaps nodes for their replacements in one pass over a tree."""

    def __init__(self, mapping: Mapping[cst.CSTNode, cst.CSTNode]) -> None:
        super().__init__()
        self.mapping = mapping

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> cst.CSTNode:  # type: ignore[override]
        return self.mapping.get(original_node, updated_node)


def walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """node and every node below it, in source order."""
    yield node
    for child in node.children:
        yield from walk(child)


def _statements(module: cst.Module) -> Iterator[cst.BaseStatement]:
    for node in walk(module):
        if isinstance(node, cst.BaseStatement):
            yield node


def _aliases(module: cst.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Import):
                for a in small.names:
                    full = module.code_for_node(a.name)
                    if a.asname is not None:
                        out[module.code_for_node(a.asname.name)] = full
            elif isinstance(small, cst.ImportFrom) and small.module is not None and not small.relative:
                base = module.code_for_node(small.module)
                if isinstance(small.names, cst.ImportStar):
                    continue
                for a in small.names:
                    local = module.code_for_node(a.asname.name if a.asname else a.name)
                    out[local] = f"{base}.{module.code_for_node(a.name)}"
    return out
