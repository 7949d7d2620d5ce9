"""sheetcalc: add computed columns to a CSV using spreadsheet-style formulas.

Example:  sheetcalc.py orders.csv --formula "total=price * qty" --formula "vat=total * 0.2"
"""
from __future__ import annotations

import argparse
import csv
import io
import sys


def _coerce(value: str) -> float | str:
    try:
        return float(value)
    except ValueError:
        return value


def evaluate_formula(formula: str, row: dict[str, float | str]) -> float:
    """Evaluate an arithmetic formula where column names act as variables."""
    namespace = dict(row)
    result = eval(formula, {}, namespace)
    return float(result)


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
