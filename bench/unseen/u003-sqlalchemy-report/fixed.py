"""Sales reporting helpers built on SQLAlchemy Core."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text

SORTABLE_COLUMNS = frozenset({"region", "product", "amount"})


def create_schema(engine: Engine) -> None:
    """Create the sales table used by the reports."""
    with engine.begin() as conn:
        conn.execute(text(
            "CREATE TABLE IF NOT EXISTS sales (id INTEGER PRIMARY KEY, region TEXT, product TEXT, amount REAL)"
        ))


def sales_report(
    engine: Engine, region: str, sort_by: str = "amount", descending: bool = False
) -> list[dict[str, Any]]:
    """Return the sales of ``region`` ordered by the column the user picked in the UI."""
    if sort_by not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort_by!r}")
    direction = "DESC" if descending else "ASC"
    sql = text(
        f"SELECT region, product, amount FROM sales "
        f"WHERE region = :region ORDER BY {sort_by} {direction}"
    )
    with engine.connect() as conn:
        result = conn.execute(sql, {"region": region})
        return [dict(row._mapping) for row in result]
