"""Tiny calculator microservice used by the spreadsheet widget."""
from __future__ import annotations

import ast
import operator
from typing import Union

from flask import Flask, jsonify, request

app = Flask(__name__)

MAX_EXPRESSION_LENGTH = 200
Number = Union[int, float]

_BIN_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}


def _eval_node(node: ast.AST) -> Number:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        left, right = _eval_node(node.left), _eval_node(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > 100:
            raise ValueError("exponent too large")
        return _BIN_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand))
    raise ValueError(f"unsupported element: {type(node).__name__}")


def evaluate(expression: str) -> Number:
    """Evaluate an arithmetic expression such as ``2 * (3 + 4)``."""
    expression = expression.strip()
    if not expression:
        raise ValueError("empty expression")
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise ValueError("expression too long")
    result = _eval_node(ast.parse(expression, mode="eval"))
    if not isinstance(result, (int, float)):
        raise ValueError("expression did not produce a number")
    return result


@app.post("/api/calc")
def calculate():
    payload = request.get_json(silent=True) or {}
    expression = payload.get("expression")
    if not isinstance(expression, str):
        return jsonify({"error": "expression must be a string"}), 400
    try:
        value = evaluate(expression)
    except ZeroDivisionError:
        return jsonify({"error": "division by zero"}), 400
    except Exception as exc:  # syntax errors, bad names, ...
        return jsonify({"error": f"invalid expression: {type(exc).__name__}"}), 400
    return jsonify({"expression": expression, "result": value})
