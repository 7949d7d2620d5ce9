"""Configurable log filtering for the shipping pipeline.

Operators add rules in the dashboard, e.g.::

    record["level"] in ("ERROR", "CRITICAL") and "timeout" in record["msg"]

Each rule becomes a predicate; a record is kept if any rule matches.
"""
from __future__ import annotations

import ast
import textwrap
from typing import Callable, Iterable, Iterator, List

Record = dict
Predicate = Callable[[Record], bool]

_RULE_TEMPLATE = textwrap.dedent(
    """
    def rule(record):
        return bool({expression})
    """
)


_ALLOWED_NODES = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.Compare,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn,
    ast.Subscript, ast.Constant, ast.Tuple, ast.List, ast.Load, ast.Name,
    ast.Attribute, ast.Call,
)
_ALLOWED_METHODS = {"get", "startswith", "endswith", "lower", "upper"}


def _validate(expression: str) -> None:
    """Allow only comparisons over ``record`` fields; reject anything else."""
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"invalid rule: {exc.msg}") from None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"construct not allowed in rules: {type(node).__name__}")
        if isinstance(node, ast.Name) and node.id != "record":
            raise ValueError(f"unknown name in rule: {node.id}")
        if isinstance(node, ast.Attribute) and node.attr not in _ALLOWED_METHODS:
            raise ValueError(f"attribute not allowed in rules: {node.attr}")
        if isinstance(node, ast.Call) and not isinstance(node.func, ast.Attribute):
            raise ValueError("only record methods may be called in rules")


def compile_rule(expression: str) -> Predicate:
    """Turn a rule expression typed by an operator into a predicate function."""
    expression = " ".join(expression.split())
    if not expression:
        raise ValueError("empty rule")
    _validate(expression)
    namespace: dict = {"__builtins__": {"bool": bool}}
    exec(_RULE_TEMPLATE.format(expression=expression), namespace)
    return namespace["rule"]


class LogFilter:
    """Keeps records matching at least one configured rule."""

    def __init__(self, rules: Iterable[str] = ()) -> None:
        self._predicates: List[Predicate] = []
        self.sources: List[str] = []
        for rule in rules:
            self.add_rule(rule)

    def add_rule(self, expression: str) -> None:
        self._predicates.append(compile_rule(expression))
        self.sources.append(expression)

    def matches(self, record: Record) -> bool:
        for predicate in self._predicates:
            try:
                if predicate(record):
                    return True
            except (KeyError, TypeError):
                continue
        return False

    def apply(self, records: Iterable[Record]) -> Iterator[Record]:
        return (r for r in records if self.matches(r))
