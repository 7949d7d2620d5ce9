"""Download transaction history as CSV."""
from __future__ import annotations

import csv
import io
from datetime import date

from flask import Flask, Response, request

app = Flask(__name__)

TRANSACTIONS = [
    {"date": date(2024, 4, 1), "description": "Coffee", "amount": -3.5},
    {"date": date(2024, 4, 2), "description": "Salary", "amount": 2500.0},
    {"date": date(2024, 4, 3), "description": "Books", "amount": -42.0},
]


def render_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["date", "description", "amount"])
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "date": row["date"].isoformat()})
    return buffer.getvalue()


def attachment_header(filename: str) -> str:
    """Build the Content-Disposition value for the download."""
    if not filename.lower().endswith(".csv"):
        filename = f"{filename}.csv"
    return f'attachment; filename="{filename}"'


@app.get("/transactions/export")
def export_transactions():
    requested = request.args.get("filename", "transactions")
    body = render_csv(TRANSACTIONS)
    response = Response(body, mimetype="text/csv")
    response.headers["Content-Disposition"] = attachment_header(requested)
    response.headers["Cache-Control"] = "no-store"
    return response
