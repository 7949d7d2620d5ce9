"""Arithmetic calculator micro-service used by the spreadsheet front-end."""
import ast
import operator
from typing import Union

from fastapi import FastAPI, HTTPException

Number = Union[int, float]
MAX_EXPRESSION_LENGTH = 200

calc_api = FastAPI(title="Calculator")

_BIN_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
MAX_EXPONENT = 1000


def _eval_node(node: ast.AST) -> Number:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        left, right = _eval_node(node.left), _eval_node(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXPONENT:
            raise ValueError("exponent too large")
        return _BIN_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand))
    raise ValueError("unsupported expression")


def evaluate(expression: str) -> Number:
    """Evaluate an arithmetic expression such as "(1 + 2) / 4" or "2 ** 8".

    Raises ValueError when the expression is empty, too long or not valid arithmetic.
    """
    cleaned = expression.strip()
    if not cleaned or len(cleaned) > MAX_EXPRESSION_LENGTH:
        raise ValueError("expression must be 1-200 characters")
    try:
        value = _eval_node(ast.parse(cleaned, mode="eval").body)
    except (SyntaxError, TypeError, ZeroDivisionError, OverflowError) as exc:
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
