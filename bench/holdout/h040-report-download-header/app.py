"""CSV export of monthly usage reports for the billing portal."""
from __future__ import annotations

import csv
import io
import sqlite3

from flask import Flask, Response, abort, g, request

app = Flask(__name__)
app.config["DATABASE"] = ":memory:"
EXPORT_COLUMNS = ("day", "api_calls", "storage_gb")


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
    return g.db


def build_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(rows)
    return buf.getvalue()


def download_name(report_id: int, label: str | None) -> str:
    """Human-friendly file name; users may rename the export before downloading."""
    base = label.strip() if label and label.strip() else f"usage-report-{report_id}"
    return f"{base}.csv"


@app.get("/reports/<int:report_id>/download")
def download_report(report_id: int):
    cols = ", ".join(EXPORT_COLUMNS)  # constant list, not user input
    rows = db().execute(
        f"SELECT {cols} FROM usage WHERE report_id = ? ORDER BY day", (report_id,)
    ).fetchall()
    if not rows:
        abort(404)
    filename = download_name(report_id, request.args.get("name"))
    response = Response(build_csv(rows), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@app.teardown_appcontext
def _close(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()
