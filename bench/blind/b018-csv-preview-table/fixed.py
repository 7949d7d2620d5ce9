"""Preview an uploaded CSV file as an HTML table before importing it."""
import csv
import io
from typing import Sequence

from flask import Flask, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)
PREVIEW_ROWS = 10

PAGE = """<!doctype html>
<html><head><title>Import preview</title></head>
<body><h1>Preview of {{ filename }}</h1>{{ table }}<p>{{ total }} data row(s)</p></body></html>"""


def build_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Return an HTML <table> with a header row followed by the data rows."""
    head_cells = "".join(f"<th>{escape(title)}</th>" for title in header)
    body_rows = []
    for row in rows:
        cells = "".join(f"<td>{escape(value)}</td>" for value in row)
        body_rows.append(f"<tr>{cells}</tr>")
    return f"<table class=\"preview\"><thead><tr>{head_cells}</tr></thead><tbody>{''.join(body_rows)}</tbody></table>"


def parse_csv(text: str) -> tuple[list[str], list[list[str]]]:
    reader = csv.reader(io.StringIO(text))
    records = [r for r in reader if r]
    if not records:
        return [], []
    return records[0], records[1:]


@app.post("/import/preview")
def import_preview() -> str:
    """Show the first PREVIEW_ROWS rows of the CSV sent as the request body."""
    filename = request.args.get("filename", "upload.csv")
    header, data_rows = parse_csv(request.get_data(as_text=True))
    table_html = build_table(header, data_rows[:PREVIEW_ROWS])
    return render_template_string(PAGE, filename=filename, table=Markup(table_html), total=len(data_rows))
