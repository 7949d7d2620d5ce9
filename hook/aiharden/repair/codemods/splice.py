"""Rewrites planned on Python's own syntax tree: character splices at ast positions, turned into line edits."""
from __future__ import annotations

import ast
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field

from aiharden.repair.edits import Edit


@dataclass
class Splices:
    """Replacements of character ranges of source; overlapping ones make the whole plan void."""

    source: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lines = self.source.splitlines(keepends=True)
        self._starts = [0]
        for line in self._lines:
            self._starts.append(self._starts[-1] + len(line))

    def offset(self, lineno: int, col: int) -> int:
        """Character offset of ast's (line, UTF-8 byte column)."""
        if lineno - 1 >= len(self._lines):
            return len(self.source)
        line = self._lines[lineno - 1]
        return self._starts[lineno - 1] + len(line.encode()[:col].decode(errors="ignore"))

    def replace(self, node: ast.AST, text: str) -> None:
        start = self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]
        end = self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]
        self.spans.append((start, end, text))

    def insert_before_line(self, lineno: int, text: str) -> None:
        at = self.offset(lineno, 0)
        self.spans.append((at, at, text))

    def replace_lines(self, first: int, last: int, text: str) -> None:
        self.spans.append((self.offset(first, 0), self.offset(last + 1, 0), text))

    def segment(self, node: ast.AST) -> str:
        return ast.get_source_segment(self.source, node) or ""

    def edits(self) -> tuple[Edit, ...]:
        """Whole-line edits for every splice; () when two of them overlap or there are none."""
        spans = sorted(set(self.spans), key=lambda s: (s[0], s[1]))
        if not spans or any(b[0] < a[1] for a, b in zip(spans, spans[1:])):
            return ()
        new = self.source
        for start, end, text in reversed(spans):
            new = new[:start] + text + new[end:]
        return line_edits(self.source, new)


def line_edits(old: str, new: str) -> tuple[Edit, ...]:
    """Whole-line edits that turn old into new."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    return tuple(
        Edit(i1 + 1, i2, "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        if tag != "equal"
    )


def parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def first_line(stmt: ast.stmt) -> int:
    """The line a statement starts on, its decorators included."""
    return min([stmt.lineno, *(d.lineno for d in getattr(stmt, "decorator_list", []))])


def blank_lines_around(source: str, first: int, last: int) -> tuple[int, int]:
    """How many blank lines come just before line first and just after line last."""
    lines = source.splitlines()
    before = 0
    for line in reversed(lines[: first - 1]):
        if line.strip():
            break
        before += 1
    after = 0
    for line in lines[last:]:
        if line.strip():
            break
        after += 1
    return before, after


def free_name(tree: ast.AST, wanted: str) -> str:
    """wanted, or wanted with a suffix, so that it names nothing the file already has."""
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    used |= {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    name = wanted
    while name in used:
        name += "_"
    return name


def module_int(source: str, name: str) -> tuple[int, Callable[[str], Edit]] | None:
    """The value of a module constant `NAME = <int literal>` assigned once on one line, and a function that makes
    the edit setting it to new literal text."""
    assigns = [n for n in ast.parse(source).body if isinstance(n, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == name for t in n.targets)]
    if len(assigns) != 1 or assigns[0].lineno != assigns[0].end_lineno:
        return None
    value = assigns[0].value
    if not isinstance(value, ast.Constant) or not isinstance(value.value, int) or isinstance(value.value, bool):
        return None
    line_no = assigns[0].lineno
    line = source.splitlines(keepends=True)[line_no - 1]
    start, end = value.col_offset, value.end_col_offset or value.col_offset

    def edit(text: str) -> Edit:
        return Edit(line_no, line_no, line[:start] + text + line[end:])

    return value.value, edit
