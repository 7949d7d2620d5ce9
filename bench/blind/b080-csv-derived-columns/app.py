"""Add computed columns to a CSV file.

    python derive.py orders.csv out.csv --derive "total=price * qty" --derive "tax=round(total * 0.2, 2)"
"""
from __future__ import annotations

import argparse
import csv
from typing import Any

SAFE_FUNCTIONS = {"round": round, "min": min, "max": max, "abs": abs}


def _coerce(value: str) -> Any:
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            continue
    return value


def parse_derivation(spec: str) -> tuple[str, str]:
    """Split 'name=formula' into its parts."""
    name, sep, formula = spec.partition("=")
    if not sep or not name.strip() or not formula.strip():
        raise ValueError(f"bad derivation: {spec!r}")
    return name.strip(), formula.strip()


def compute(formula: str, row: dict[str, Any]) -> Any:
    """Evaluate *formula* with the row's columns as variables.

    Raises ValueError when the formula cannot be evaluated for this row.
    """
    namespace = dict(SAFE_FUNCTIONS)
    namespace.update(row)
    try:
        return eval(formula, {"__builtins__": {}}, namespace)
    except (NameError, SyntaxError, TypeError, ZeroDivisionError) as exc:
        raise ValueError(f"cannot evaluate {formula!r}: {exc}") from exc


def enrich(rows: list[dict[str, str]], derivations: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Return new rows with each derived column appended, in order."""
    result = []
    for raw in rows:
        row: dict[str, Any] = {k: _coerce(v) for k, v in raw.items()}
        for name, formula in derivations:
            row[name] = compute(formula, row)
        result.append(row)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source")
    parser.add_argument("dest")
    parser.add_argument("--derive", action="append", default=[], metavar="NAME=FORMULA")
    args = parser.parse_args(argv)
    derivations = [parse_derivation(s) for s in args.derive]
    with open(args.source, newline="", encoding="utf-8") as fh:
        rows = enrich(list(csv.DictReader(fh)), derivations)
    if rows:
        with open(args.dest, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
