"""Calculator widget backend: evaluates arithmetic typed by the user."""
from __future__ import annotations

import ast
import operator
from typing import Any, Callable

_BINARY_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY_OPS: dict[type, Callable[[Any], Any]] = {ast.UAdd: operator.pos, ast.USub: operator.neg}


def _eval_node(node: ast.AST) -> float:
    """Evaluate a parsed arithmetic expression, allowing numbers and operators only."""
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY_OPS:
        left, right = _eval_node(node.left), _eval_node(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > 100:
            raise ValueError("exponent too large")
        return _BINARY_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand))
    raise ValueError("unsupported expression")


class Calculator:
    """Evaluate arithmetic expressions and keep a short history of results."""

    MAX_LENGTH = 200
    HISTORY_SIZE = 10

    def __init__(self) -> None:
        self.history: list[tuple[str, float]] = []

    def evaluate(self, expression: str) -> float:
        """Evaluate ``expression`` such as ``"2 * (3 + 4)"`` and return the result."""
        expr = expression.strip()
        if not expr:
            raise ValueError("empty expression")
        if len(expr) > self.MAX_LENGTH:
            raise ValueError("expression too long")
        try:
            tree = ast.parse(expr, mode="eval")
        except SyntaxError as exc:
            raise ValueError("invalid expression") from exc
        value = float(_eval_node(tree.body))
        self.history.append((expr, value))
        del self.history[:-self.HISTORY_SIZE]
        return value

    def last_result(self) -> float | None:
        """Return the most recent result, if any."""
        return self.history[-1][1] if self.history else None
