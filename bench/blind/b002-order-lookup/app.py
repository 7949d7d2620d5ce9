"""Order lookup service for the support dashboard."""
import sqlite3
from typing import Optional

from fastapi import FastAPI, HTTPException, Query

DATABASE_PATH = "orders.db"
VALID_STATUSES = ("pending", "shipped", "delivered", "cancelled")

api = FastAPI(title="Orders")


def _open_db() -> sqlite3.Connection:
    conn = sqlite3.connect(DATABASE_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _normalise(value: str) -> str:
    """Trim whitespace and lower-case a filter value."""
    return value.strip().lower()


@api.get("/orders")
def list_orders(customer: str = Query(...), status: Optional[str] = None) -> list[dict]:
    """List orders of a customer, optionally restricted to one status."""
    customer_key = _normalise(customer)
    if not customer_key:
        raise HTTPException(status_code=400, detail="customer required")
    sql = "SELECT id, customer, status, total FROM orders WHERE lower(customer) = '%s'" % customer_key
    if status:
        wanted = _normalise(status)
        sql += " AND status = '%s'" % wanted
    sql += " ORDER BY id"
    conn = _open_db()
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return [dict(r) for r in rows]
