"""Back-office page listing support tickets as an HTML table."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

COLUMNS: tuple[str, ...] = ("id", "customer", "subject", "status")


def html_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Render rows as a simple <table> with a header row."""
    head = "".join(f"<th>{h.title()}</th>" for h in headers)
    body_rows = []
    for row in rows:
        cells = "".join(f"<td>{value}</td>" for value in row)
        body_rows.append(f"<tr>{cells}</tr>")
    return f"<table class='tickets'><thead><tr>{head}</tr></thead><tbody>{''.join(body_rows)}</tbody></table>"


def load_tickets(conn: sqlite3.Connection, status: str | None = None) -> list[tuple]:
    sql = f"SELECT {', '.join(COLUMNS)} FROM tickets"
    params: tuple = ()
    if status:
        sql += " WHERE status = ?"
        params = (status,)
    return conn.execute(sql + " ORDER BY id", params).fetchall()


def create_app(conn: sqlite3.Connection) -> FastAPI:
    app = FastAPI()

    @app.get("/tickets", response_class=HTMLResponse)
    def tickets_page(status: str | None = None) -> str:
        rows = load_tickets(conn, status)
        table = html_table(COLUMNS, rows)
        return f"<html><body><h1>Tickets</h1>{table}</body></html>"

    return app
