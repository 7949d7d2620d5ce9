"""Export order data to CSV files for the download queue."""
from __future__ import annotations

import csv
import tempfile
from dataclasses import astuple, dataclass, fields
from pathlib import Path


@dataclass
class OrderRow:
    order_id: str
    customer_email: str
    total: float
    status: str


def export_orders_csv(orders: list[OrderRow]) -> Path:
    """Write ``orders`` to a temporary CSV file and return its path.

    The caller hands the path to the download worker, which deletes it after
    streaming it to the user.
    """
    with tempfile.NamedTemporaryFile(
        "w", suffix=".csv", prefix="orders-", newline="", encoding="utf-8", delete=False
    ) as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in fields(OrderRow)])
        for order in orders:
            writer.writerow(astuple(order))
    return Path(handle.name)


def export_status(orders: list[OrderRow], status: str) -> Path:
    """Export only the orders that are in ``status``."""
    selected = [o for o in orders if o.status == status]
    return export_orders_csv(selected)
