"""Summarise sales figures per product for one sales region."""
from typing import Iterable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

SEED_SALES = [
    ("north", "widget", 3, 2.50),
    ("north", "gadget", 1, 10.00),
    ("north", "widget", 2, 2.50),
    ("south", "widget", 7, 2.40),
    ("south", "gizmo", 4, 5.00),
]


def build_engine(rows: Iterable[tuple[str, str, int, float]] = SEED_SALES) -> Engine:
    """Create an in-memory sqlite database loaded with sales rows."""
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text(
            "CREATE TABLE sales (id INTEGER PRIMARY KEY, region TEXT, product TEXT, qty INTEGER, unit_price REAL)"
        ))
        conn.execute(
            text("INSERT INTO sales (region, product, qty, unit_price) VALUES (:r, :p, :q, :u)"),
            [{"r": r, "p": p, "q": q, "u": u} for r, p, q, u in rows],
        )
    return engine


def region_summary(engine: Engine, region: str) -> list[tuple[str, int, float]]:
    """Return (product, total_qty, revenue) for ``region``, best sellers first."""
    region = region.strip().lower()
    stmt = text(
        "SELECT product, SUM(qty) AS total_qty, ROUND(SUM(qty * unit_price), 2) AS revenue "
        f"FROM sales WHERE region = '{region}' "
        "GROUP BY product ORDER BY revenue DESC, product"
    )
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(stmt)]


if __name__ == "__main__":
    import sys

    for product, qty, revenue in region_summary(build_engine(), sys.argv[1] if len(sys.argv) > 1 else "north"):
        print(f"{product:<10} {qty:>5} {revenue:>10.2f}")
