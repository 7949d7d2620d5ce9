"""Export tabular reports to PDF via an intermediate HTML file."""
from __future__ import annotations

import html
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, Sequence

Converter = Callable[[str, str], None]

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px}}</style>
</head><body><h1>{title}</h1><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
</body></html>"""


def render_html(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return PAGE.format(title=html.escape(title), head=head, body=body)


def wkhtmltopdf(html_path: str, pdf_path: str) -> None:
    """Default converter; arguments are passed as a list, no shell involved."""
    subprocess.run(["wkhtmltopdf", "--quiet", "--encoding", "utf-8", html_path, pdf_path],
                   check=True, timeout=120)


def export_report(title: str, header: Sequence[str], rows: Sequence[Sequence[object]],
                  dest: str | os.PathLike, converter: Converter = wkhtmltopdf) -> Path:
    """Render ``rows`` to HTML in a scratch file and convert it into ``dest``."""
    document = render_html(title, header, rows)
    fd, scratch = tempfile.mkstemp(prefix="report-", suffix=".html")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(document)
        converter(scratch, os.fspath(dest))
    finally:
        if os.path.exists(scratch):
            os.remove(scratch)
    return Path(dest)
