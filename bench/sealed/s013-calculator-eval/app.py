"""Tiny calculator microservice used by the spreadsheet widget."""
from __future__ import annotations

from typing import Union

from flask import Flask, jsonify, request

app = Flask(__name__)

MAX_EXPRESSION_LENGTH = 200
Number = Union[int, float]


def evaluate(expression: str) -> Number:
    """Evaluate an arithmetic expression such as ``2 * (3 + 4)``."""
    expression = expression.strip()
    if not expression:
        raise ValueError("empty expression")
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise ValueError("expression too long")
    result = eval(expression)
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
