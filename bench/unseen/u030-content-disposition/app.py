"""CSV export endpoint for the reporting dashboard."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence

from fastapi import FastAPI, Query
from fastapi.responses import Response

app = FastAPI(title="Reports")

REPORT_ROWS: list[tuple[str, ...]] = [
    ("region", "revenue"),
    ("north", "1200"),
    ("south", "950"),
]


def render_csv(rows: Iterable[Sequence[str]]) -> str:
    """Serialise ``rows`` as CSV text."""
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


@app.get("/export")
def export_report(name: str = Query("report", max_length=120)) -> Response:
    """Download the revenue report; ``name`` becomes the suggested file name."""
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    return Response(content=render_csv(REPORT_ROWS), media_type="text/csv", headers=headers)
