"""Computed columns for the self-service reporting tool."""
from __future__ import annotations

import ast
import math
import operator
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]
FORMULA_FUNCTIONS = {"round": round, "min": min, "max": max, "abs": abs, "sqrt": math.sqrt}
_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
        ast.Pow: operator.pow}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


@dataclass
class ComputedColumn:
    name: str
    formula: str


def _eval(node: ast.AST, row: Row) -> Any:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        return _BIN[type(node.op)](_eval(node.left, row), _eval(node.right, row))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, row))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in FORMULA_FUNCTIONS and not node.keywords):
        args = [_eval(a, row) for a in node.args]
        return FORMULA_FUNCTIONS[node.func.id](*args)
    raise ValueError(f"unsupported formula element: {ast.dump(node)[:40]}")


def evaluate_formula(formula: str, row: Row) -> float:
    """Evaluate ``formula`` (e.g. ``price * quantity``) against one row."""
    tree = ast.parse(formula, mode="eval")
    return _eval(tree.body, row)


def add_computed_column(rows: list[Row], column: ComputedColumn) -> list[Row]:
    """Return a copy of ``rows`` with ``column`` evaluated for every row."""
    if not column.name.isidentifier():
        raise ValueError(f"invalid column name: {column.name!r}")
    output = []
    for row in rows:
        value = evaluate_formula(column.formula, row)
        output.append({**row, column.name: value})
    return output


def column_total(rows: list[Row], column: ComputedColumn) -> float:
    computed = add_computed_column(rows, column)
    return sum(r[column.name] for r in computed)
