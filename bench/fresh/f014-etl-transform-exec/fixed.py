"""Tiny ETL step: apply a user-written transform snippet to JSON-lines records.

A transform is a few assignment lines, e.g.::

    total = price * qty
    customer = customer.strip().title()
    tier = 'gold' if total > 100 else 'basic'
"""
from __future__ import annotations

import ast
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


_SAFE_FUNCS = {f.__name__: f for f in (round, int, float, str, len, abs, min, max)}
_SAFE_METHODS = {"strip", "lower", "upper", "title", "replace", "startswith", "endswith"}
_SAFE_NODES = (
    ast.Expression, ast.Constant, ast.Name, ast.Load, ast.BinOp, ast.UnaryOp, ast.BoolOp,
    ast.Compare, ast.IfExp, ast.Call, ast.Attribute, ast.operator, ast.unaryop, ast.boolop,
    ast.cmpop,
)


def _check_expr(expr: ast.AST) -> None:
    for node in ast.walk(expr):
        if not isinstance(node, _SAFE_NODES):
            raise ValueError(f"disallowed syntax in transform: {type(node).__name__}")
        if isinstance(node, ast.Attribute) and node.attr not in _SAFE_METHODS:
            raise ValueError(f"disallowed attribute: {node.attr}")
        if isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Attribute)
            or (isinstance(node.func, ast.Name) and node.func.id in _SAFE_FUNCS)
        ):
            raise ValueError("disallowed function call in transform")


class Transform:
    """A compiled transform snippet that derives new fields for each record."""

    def __init__(self, source: str) -> None:
        self.source = source.strip()
        self._steps: list[tuple[str, object]] = []
        for stmt in ast.parse(self.source).body:
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)):
                raise ValueError("transform lines must be simple 'name = expression' assignments")
            expr = ast.Expression(stmt.value)
            _check_expr(expr)
            self._steps.append((stmt.targets[0].id, compile(expr, "<transform>", "eval")))

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        scope = dict(record)
        for name, code in self._steps:
            scope[name] = eval(code, {"__builtins__": _SAFE_FUNCS}, scope)
        return {k: v for k, v in scope.items() if not k.startswith("_")}


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def run_step(records: Iterable[dict[str, Any]], transform_source: str) -> list[dict[str, Any]]:
    """Apply the transform to every record and return the results."""
    transform = Transform(transform_source)
    return [transform.apply(record) for record in records]


def run_file(src: Path, dest: Path, transform_source: str) -> int:
    """Transform a JSON-lines file into another; returns the record count."""
    out = run_step(read_records(src), transform_source)
    dest.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return len(out)
