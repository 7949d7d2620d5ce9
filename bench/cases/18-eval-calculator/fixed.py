"""Backend of the spreadsheet's formula bar: evaluates arithmetic expressions."""
from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from typing import Any

_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
}
_UNARY: dict[type[ast.unaryop], Callable[[Any], Any]] = {ast.USub: operator.neg, ast.UAdd: operator.pos}


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand))
    raise ValueError(f"unsupported syntax: {type(node).__name__}")


def evaluate(expression: str) -> float:
    """Evaluate an arithmetic expression typed by the user.

    Supports numbers, ``+ - * / // % **``, unary minus and parentheses, e.g.
    ``(2 + 3) * 4 / 5``. Anything else (names, calls, attributes) is rejected.

    Raises:
        ValueError: the expression is empty or not valid arithmetic.
        ZeroDivisionError: the expression divides by zero.
    """
    if not expression.strip():
        raise ValueError("empty expression")
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"invalid expression: {expression!r}") from exc
    return float(_eval(tree.body))


def format_result(value: float, places: int = 2) -> str:
    """Format a result for the cell: integers without decimals, others rounded."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:.{places}f}"
