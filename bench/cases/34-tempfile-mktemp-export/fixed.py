"""Exports report rows to a temporary CSV file for the upload job."""
from __future__ import annotations

import csv
import tempfile
from collections.abc import Mapping, Sequence


def write_export(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> str:
    """Write `rows` to a new temporary CSV file and return its path.

    The caller uploads the file and deletes it afterwards.
    """
    with tempfile.NamedTemporaryFile(
        "w", prefix="export-", suffix=".csv", newline="", encoding="utf-8", delete=False
    ) as fh:
        path = fh.name
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_export(path: str) -> list[dict[str, str]]:
    """Read an export back (used by the upload job's dry-run mode)."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
