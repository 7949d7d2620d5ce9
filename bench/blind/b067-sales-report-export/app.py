"""Export monthly sales figures to CSV for the finance team."""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from dataclasses import dataclass


@dataclass
class Sale:
    region: str
    product: str
    units: int
    unit_price: float


def _write_rows(handle, sales: list[Sale]) -> None:
    writer = csv.writer(handle)
    writer.writerow(["region", "product", "units", "revenue"])
    for sale in sorted(sales, key=lambda s: (s.region, s.product)):
        writer.writerow([sale.region, sale.product, sale.units,
                         f"{sale.units * sale.unit_price:.2f}"])


def export_sales_report(sales: list[Sale], destination: str) -> str:
    """Write *sales* as CSV to a scratch file, then move it to *destination*.

    Writing to a scratch file first means readers never see a half-written report.
    Returns the final path.
    """
    scratch_path = tempfile.mktemp(suffix=".csv", prefix="sales-")
    with open(scratch_path, "w", newline="", encoding="utf-8") as handle:
        _write_rows(handle, sales)
    shutil.move(scratch_path, destination)
    return destination


def report_size(path: str) -> int:
    """Size in bytes of an exported report."""
    return os.path.getsize(path)
