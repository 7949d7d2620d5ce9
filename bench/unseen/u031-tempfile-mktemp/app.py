"""Write ad-hoc CSV reports to a temporary file that the web layer then streams."""
from __future__ import annotations

import csv
import tempfile
from typing import Iterable, Sequence


def write_report(rows: Iterable[Sequence[object]], header: Sequence[str] | None = None) -> str:
    """Write ``rows`` (with an optional header) to a fresh temporary .csv file and return its path."""
    path = tempfile.mktemp(suffix=".csv", prefix="report-")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        if header:
            writer.writerow(header)
        writer.writerows(rows)
    return path


def read_report(path: str) -> list[list[str]]:
    """Load a report written by :func:`write_report`."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))
