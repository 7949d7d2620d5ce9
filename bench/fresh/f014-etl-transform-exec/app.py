"""Tiny ETL step: apply a user-written transform snippet to JSON-lines records.

A transform is a few assignment lines, e.g.::

    total = price * qty
    customer = customer.strip().title()
    tier = 'gold' if total > 100 else 'basic'
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


class Transform:
    """A compiled transform snippet that derives new fields for each record."""

    def __init__(self, source: str) -> None:
        self.source = source.strip()
        self._code = compile(self.source, "<transform>", "exec")

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        scope = dict(record)
        exec(self._code, {}, scope)
        return {k: v for k, v in scope.items() if not k.startswith("_")}


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def run_step(records: Iterable[dict[str, Any]], transform_source: str) -> list[dict[str, Any]]:
    """Apply the transform to every record and return the results."""
    transform = Transform(transform_source)
    return [transform.apply(record) for record in records]


def run_file(src: Path, dest: Path, transform_source: str) -> int:
    """Transform a JSON-lines file into another; returns the record count."""
    out = run_step(read_records(src), transform_source)
    dest.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return len(out)
