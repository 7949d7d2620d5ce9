"""Sales reporting helpers on top of SQLAlchemy Core."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class RegionTotal:
    region: str
    orders: int
    revenue: float


class SalesReport:
    """Aggregates the `orders` table for the finance dashboard."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _region_sql(self, region: str, since: date) -> tuple[str, dict[str, str]]:
        sql = (
            "SELECT region, COUNT(*) AS orders, COALESCE(SUM(amount), 0) AS revenue "
            "FROM orders WHERE region = :region AND placed_on >= :since "
            "GROUP BY region"
        )
        return sql, {"region": region, "since": since.isoformat()}

    def region_totals(self, region: str, since: date) -> list[RegionTotal]:
        """Return order count and revenue for one region since a date."""
        sql, params = self._region_sql(region, since)
        statement = text(sql)
        with self.engine.connect() as conn:
            result = conn.execute(statement, params)
            return [RegionTotal(r.region, int(r.orders), float(r.revenue)) for r in result]

    def revenue(self, region: str, since: date) -> float:
        """Total revenue for a region, 0.0 when there were no orders."""
        totals = self.region_totals(region, since)
        return sum(t.revenue for t in totals)
