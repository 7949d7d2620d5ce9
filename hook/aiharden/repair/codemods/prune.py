"""The part of a file a codemod needs: imports, the docstring and the flagged top-level statements."""
from __future__ import annotations

import ast

ODD_BREAKS = set("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def prune(source: str, start: int, end: int) -> tuple[str, int]:
    """The source with its top-level statements stubbed out, except imports, the docstring and the flagged ones.

    Line numbers stay the same; libcst's metadata over a large file costs seconds, over this a fraction.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    runs: list[list[int]] = []  # [first line, last line] of consecutive statements to stub out
    previous_stubbed = False
    for i, node in enumerate(tree.body):
        lo, hi = _first_line(node), node.end_lineno or node.lineno
        is_doc = i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        imports = isinstance(node, (ast.Import, ast.ImportFrom)) or (
            isinstance(node, (ast.If, ast.Try)) and any(isinstance(b, (ast.Import, ast.ImportFrom)) for b in node.body)
        )
        stub = not (is_doc or imports or overlaps((lo, hi), start, end))
        if stub and previous_stubbed:
            runs[-1][1] = hi
        elif stub:
            runs.append([lo, hi])
        previous_stubbed = stub
    for lo, hi in runs:
        # one cheap node in place of the statements, on exactly as many lines
        ends = [t[len(t.rstrip("\r\n")) :] for t in lines[lo - 1 : hi]]
        body = ["_ = 0"] if lo == hi else ['_ = """', *[""] * (hi - lo - 1), '"""']
        lines[lo - 1 : hi] = [b + e for b, e in zip(body, ends)]
    first = min((_first_line(n) for n in tree.body), default=1)
    return "".join(lines), first


def _first_line(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)])


def overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] <= end and span[1] >= start
