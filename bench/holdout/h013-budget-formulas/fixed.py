"""Spreadsheet-style household budget with simple cell formulas.

Cells hold numbers or formulas such as ``=B2*12 - C2`` or ``=(A1+A2)/2``.
"""
from __future__ import annotations

import ast
import operator
import re
from typing import Dict, Union

CellValue = Union[float, str]
_REF = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")


class FormulaError(ValueError):
    pass


_BIN_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
            ast.Div: operator.truediv, ast.Pow: operator.pow, ast.Mod: operator.mod}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}


def _arith(node: ast.AST) -> float:
    """Evaluate a parsed expression that may only contain numbers and arithmetic."""
    if isinstance(node, ast.Expression):
        return _arith(node.body)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_arith(node.left), _arith(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_arith(node.operand))
    raise FormulaError("only numbers, cell references and + - * / % ** are allowed")


class Budget:
    def __init__(self) -> None:
        self.cells: Dict[str, CellValue] = {}

    def set(self, ref: str, value: CellValue) -> None:
        self.cells[ref.upper()] = value

    def _expand(self, expression: str, seen: frozenset) -> str:
        """Replace cell references with their (recursively computed) values."""
        def lookup(match: re.Match) -> str:
            ref = match.group(0)
            if ref in seen:
                raise FormulaError(f"circular reference at {ref}")
            return repr(self.value(ref, seen | {ref}))
        return _REF.sub(lookup, expression)

    def evaluate(self, formula: str, seen: frozenset = frozenset()) -> float:
        expression = self._expand(formula.lstrip("="), seen)
        try:
            result = _arith(ast.parse(expression, mode="eval"))
        except ZeroDivisionError:
            raise FormulaError("division by zero") from None
        except SyntaxError as exc:
            raise FormulaError(f"bad formula: {formula}") from exc
        return round(float(result), 2)

    def value(self, ref: str, seen: frozenset = frozenset()) -> float:
        raw = self.cells.get(ref.upper(), 0.0)
        if isinstance(raw, str) and raw.startswith("="):
            return self.evaluate(raw, seen | {ref.upper()})
        return float(raw)

    def column_total(self, column: str, rows: range) -> float:
        return round(sum(self.value(f"{column}{r}") for r in rows), 2)
