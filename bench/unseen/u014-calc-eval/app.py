"""Calculator widget backend: evaluates arithmetic typed by the user."""
from __future__ import annotations


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
        result = eval(expr)
        value = float(result)
        self.history.append((expr, value))
        del self.history[:-self.HISTORY_SIZE]
        return value

    def last_result(self) -> float | None:
        """Return the most recent result, if any."""
        return self.history[-1][1] if self.history else None
