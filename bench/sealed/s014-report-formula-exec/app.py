"""Computed columns for the self-service reporting tool."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]
FORMULA_FUNCTIONS = {"round": round, "min": min, "max": max, "abs": abs, "sqrt": math.sqrt}


@dataclass
class ComputedColumn:
    name: str
    formula: str


def evaluate_formula(formula: str, row: Row) -> float:
    """Evaluate ``formula`` (e.g. ``price * quantity``) against one row."""
    scope: dict[str, Any] = dict(FORMULA_FUNCTIONS)
    scope.update(row)
    statement = f"__result__ = {formula}"
    exec(statement, scope)
    return scope["__result__"]


def add_computed_column(rows: list[Row], column: ComputedColumn) -> list[Row]:
    """Return a copy of ``rows`` with ``column`` evaluated for every row."""
    if not column.name.isidentifier():
        raise ValueError(f"invalid column name: {column.name!r}")
    output = []
    for row in rows:
        value = evaluate_formula(column.formula, row)
        output.append({**row, column.name: value})
    return output


def column_total(rows: list[Row], column: ComputedColumn) -> float:
    computed = add_computed_column(rows, column)
    return sum(r[column.name] for r in computed)
