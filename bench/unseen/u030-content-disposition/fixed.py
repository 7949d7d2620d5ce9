"""CSV export endpoint for the reporting dashboard."""
from __future__ import annotations

import csv
import io
import re
from typing import Iterable, Sequence

from fastapi import FastAPI, Query
from fastapi.responses import Response

app = FastAPI(title="Reports")

REPORT_ROWS: list[tuple[str, ...]] = [
    ("region", "revenue"),
    ("north", "1200"),
    ("south", "950"),
]

_UNSAFE_FILENAME_CHARS = re.compile(r"[^A-Za-z0-9._ -]")


def render_csv(rows: Iterable[Sequence[str]]) -> str:
    """Serialise ``rows`` as CSV text."""
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def _safe_filename(name: str) -> str:
    """Keep only characters that cannot break out of the header or the quoted parameter."""
    cleaned = _UNSAFE_FILENAME_CHARS.sub("_", name).strip(" .")
    return cleaned or "report"


@app.get("/export")
def export_report(name: str = Query("report", max_length=120)) -> Response:
    """Download the revenue report; ``name`` becomes the suggested file name."""
    headers = {"Content-Disposition": f'attachment; filename="{_safe_filename(name)}.csv"'}
    return Response(content=render_csv(REPORT_ROWS), media_type="text/csv", headers=headers)
