"""Sales reporting helpers built on SQLAlchemy Core."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

SORT_COLUMNS = {
    "total": "total_amount",
    "orders": "order_count",
    "rep": "sales_rep",
}


@dataclass(frozen=True)
class RepSummary:
    sales_rep: str
    order_count: int
    total_amount: float


def create_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text(
            "CREATE TABLE IF NOT EXISTS orders ("
            "id INTEGER PRIMARY KEY, region TEXT, sales_rep TEXT, amount REAL)"
        ))


def sales_by_rep(engine: Engine, region: str, sort: str = "total", descending: bool = True) -> list[RepSummary]:
    """Aggregate orders per sales rep for one region.

    ``sort`` must be one of :data:`SORT_COLUMNS`; anything else is rejected.
    """
    if sort not in SORT_COLUMNS:
        raise ValueError(f"unsupported sort key: {sort}")
    order_by = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    query = text(
        "SELECT sales_rep, COUNT(*) AS order_count, SUM(amount) AS total_amount "
        "FROM orders WHERE region = :region "
        f"GROUP BY sales_rep ORDER BY {order_by} {direction}"
    )
    with engine.connect() as conn:
        rows = conn.execute(query, {"region": region}).all()
    return [RepSummary(r.sales_rep, int(r.order_count), float(r.total_amount)) for r in rows]


def region_total(engine: Engine, region: str) -> float:
    summaries = sales_by_rep(engine, region)
    return round(sum(s.total_amount for s in summaries), 2)
