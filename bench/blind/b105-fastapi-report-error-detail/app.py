"""Sales reporting API over the analytics SQLite database."""
from __future__ import annotations

import logging
import sqlite3
from typing import Any, Dict, List

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse

logger = logging.getLogger("analytics.reports")

DB_PATH = "/srv/analytics/warehouse.sqlite3"
REPORT_SQL: Dict[str, str] = {
    "daily-sales": "SELECT day, SUM(amount) AS total FROM sales GROUP BY day ORDER BY day LIMIT :limit",
    "top-customers": (
        "SELECT customer, SUM(amount) AS total FROM sales "
        "GROUP BY customer ORDER BY total DESC, customer LIMIT :limit"
    ),
}

app = FastAPI(title="Analytics reports")


def run_report(sql: str, limit: int) -> List[Dict[str, Any]]:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, {"limit": limit})]
    finally:
        conn.close()


@app.get("/reports/{name}")
def get_report(name: str, limit: int = Query(10, ge=1, le=500)):
    """Run a named report and return its rows."""
    sql = REPORT_SQL.get(name)
    if sql is None:
        raise HTTPException(status_code=404, detail=f"unknown report {name!r}")
    try:
        rows = run_report(sql, limit)
    except sqlite3.Error as exc:
        logger.error("report %s failed: %s", name, exc)
        return JSONResponse(
            status_code=500,
            content={"error": f"report failed: {exc}", "query": sql, "database": DB_PATH},
        )
    return {"report": name, "rows": rows, "count": len(rows)}
