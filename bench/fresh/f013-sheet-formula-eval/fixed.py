"""sheetcalc: add computed columns to a CSV using spreadsheet-style formulas.

Example:  sheetcalc.py orders.csv --formula "total=price * qty" --formula "vat=total * 0.2"
"""
from __future__ import annotations

import argparse
import ast
import csv
import io
import operator
import sys


def _coerce(value: str) -> float | str:
    try:
        return float(value)
    except ValueError:
        return value


_BIN_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod, ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}


def _eval_node(node: ast.AST, row: dict[str, float | str]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, row)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and isinstance(row.get(node.id), (int, float)):
        return row[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, row), _eval_node(node.right, row))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, row))
    raise ValueError(f"unsupported formula element: {ast.dump(node)[:60]}")


def evaluate_formula(formula: str, row: dict[str, float | str]) -> float:
    """Evaluate an arithmetic formula where column names act as variables."""
    tree = ast.parse(formula, mode="eval")
    return float(_eval_node(tree, row))


def apply_formulas(csv_text: str, formulas: dict[str, str]) -> list[dict[str, float | str]]:
    """Return the CSV rows with the computed columns added, in formula order."""
    rows = []
    for raw in csv.DictReader(io.StringIO(csv_text)):
        row = {key: _coerce(value) for key, value in raw.items()}
        for column, formula in formulas.items():
            row[column] = round(evaluate_formula(formula, row), 4)
        rows.append(row)
    return rows


def parse_formula_args(items: list[str]) -> dict[str, str]:
    formulas: dict[str, str] = {}
    for item in items:
        name, _, expr = item.partition("=")
        formulas[name.strip()] = expr.strip()
    return formulas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_file")
    parser.add_argument("--formula", action="append", default=[])
    args = parser.parse_args(argv)
    with open(args.csv_file, encoding="utf-8") as fh:
        rows = apply_formulas(fh.read(), parse_formula_args(args.formula))
    if rows:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return 0
