"""Arithmetic calculator micro-service used by the spreadsheet front-end."""
from typing import Union

from fastapi import FastAPI, HTTPException

Number = Union[int, float]
MAX_EXPRESSION_LENGTH = 200

calc_api = FastAPI(title="Calculator")


def evaluate(expression: str) -> Number:
    """Evaluate an arithmetic expression such as "(1 + 2) / 4" or "2 ** 8".

    Raises ValueError when the expression is empty, too long or not valid arithmetic.
    """
    cleaned = expression.strip()
    if not cleaned or len(cleaned) > MAX_EXPRESSION_LENGTH:
        raise ValueError("expression must be 1-200 characters")
    try:
        value = eval(cleaned, {"__builtins__": {}}, {})
    except (SyntaxError, NameError, TypeError, ZeroDivisionError) as exc:
        raise ValueError(f"cannot evaluate: {exc}") from exc
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("result is not a number")
    return value


@calc_api.get("/calculate")
def calculate(expr: str) -> dict:
    """GET /calculate?expr=2%2B3*4 -> {"expression": "2+3*4", "result": 14}."""
    try:
        result = evaluate(expr)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"expression": expr, "result": result}
