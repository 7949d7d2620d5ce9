"""Configurable log filtering for the shipping pipeline.

Operators add rules in the dashboard, e.g.::

    record["level"] in ("ERROR", "CRITICAL") and "timeout" in record["msg"]

Each rule becomes a predicate; a record is kept if any rule matches.
"""
from __future__ import annotations

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


def compile_rule(expression: str) -> Predicate:
    """Turn a rule expression typed by an operator into a predicate function."""
    expression = " ".join(expression.split())
    if not expression:
        raise ValueError("empty rule")
    namespace: dict = {}
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
