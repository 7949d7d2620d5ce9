"""Sorting and paging for the admin table views."""
from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

Record = dict[str, Any]


def make_sort_key(field: str) -> Callable[[Record], Any]:
    """Key function that reads `field` from a record."""
    return operator.itemgetter(field)


def sort_records(records: Sequence[Record], sort_spec: str) -> list[Record]:
    """Sort rows by a spec from the table header, e.g. ``"price"`` or ``"-rating"`` (descending).

    Raises:
        KeyError: a record has no such field.
    """
    descending = sort_spec.startswith("-")
    return sorted(records, key=make_sort_key(sort_spec.lstrip("-")), reverse=descending)


def page(records: Sequence[Record], number: int, size: int = 20) -> list[Record]:
    """Rows of page `number` (1-based)."""
    start = (max(number, 1) - 1) * size
    return list(records[start:start + size])
