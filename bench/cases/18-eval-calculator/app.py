"""Backend of the spreadsheet's formula bar: evaluates arithmetic expressions."""
from __future__ import annotations

import math


def evaluate(expression: str) -> float:
    """Evaluate an arithmetic expression typed by the user.

    Supports numbers, ``+ - * / // % **``, unary minus and parentheses, e.g.
    ``(2 + 3) * 4 / 5``. Builtins are removed so formulas cannot call functions.

    Raises:
        ValueError: the expression is empty or not valid arithmetic.
        ZeroDivisionError: the expression divides by zero.
    """
    if not expression.strip():
        raise ValueError("empty expression")
    try:
        value = eval(expression, {"__builtins__": {}}, {})
    except SyntaxError as exc:
        raise ValueError(f"invalid expression: {expression!r}") from exc
    return float(value)


def format_result(value: float, places: int = 2) -> str:
    """Format a result for the cell: integers without decimals, others rounded."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:.{places}f}"
