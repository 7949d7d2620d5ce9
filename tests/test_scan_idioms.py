"""Findings on safe idioms are dropped after the engines ran, and only those: each safe form here has an unsafe twin
that one letter or one line away is still reported. One real semgrep and bandit scan over all the files."""
from __future__ import annotations

import ast

import pytest

from aiharden.scan import ScanResult
from aiharden.scan import scan_texts
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.scan.idioms import drop_safe
from aiharden.scan.syntax import Module
from aiharden.scan.values import Reader

SQL_ALLOWED_COLUMN = '''\
import sqlite3

SORTABLE = {"name", "price"}


def products(conn: sqlite3.Connection, sort_by: str, descending: bool) -> list:
    if sort_by not in SORTABLE:
        raise ValueError(sort_by)
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT id, name FROM products ORDER BY {sort_by} {direction}"
    return conn.execute(sql).fetchall()
'''
# a deny-list is not an allow-list: the check holds the wrong way round
SQL_DENIED_COLUMN = SQL_ALLOWED_COLUMN.replace("if sort_by not in SORTABLE", "if sort_by in SORTABLE")

SQL_PLACEHOLDERS = '''\
def tags(conn, post_ids: list) -> list:
    placeholders = ", ".join("?" for _ in post_ids)
    sql = f"SELECT post_id, tag FROM tags WHERE post_id IN ({placeholders})"
    return conn.execute(sql, tuple(post_ids)).fetchall()
'''
SQL_VALUES_JOINED = SQL_PLACEHOLDERS.replace('", ".join("?" for _ in post_ids)', '", ".join(str(p) for p in post_ids)')

SQL_HELPER_CLAUSE = '''\
FILTERABLE = {"city", "rent"}
COLUMNS = ", ".join(["id", "city", "rent"])


def _where(filters: dict) -> tuple:
    parts: list = []
    params: list = []
    for column, value in filters.items():
        if column not in FILTERABLE:
            raise ValueError(column)
        parts.append(f"{column} = ?")
        params.append(value)
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def search(conn, filters: dict) -> list:
    where, params = _where(filters)
    sql = f"SELECT {COLUMNS} FROM listings {where}"
    return conn.execute(sql, params).fetchall()
'''
SQL_HELPER_VALUES = SQL_HELPER_CLAUSE.replace('f"{column} = ?"', "f\"{column} = '{value}'\"")

SSRF_CALLERS_CHECK = '''\
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com"}


def fetch_image(image_url: str) -> bytes:
    return requests.get(image_url, timeout=5).content


@app.get("/img")
def proxy():
    src = request.args.get("src", "")
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    return fetch_image(src)
'''
# the scheme alone is not the host
SSRF_SCHEME_ONLY = SSRF_CALLERS_CHECK.replace(' or parts.hostname not in ALLOWED_HOSTS', '')

URLOPEN_VALIDATED = '''\
import urllib.request


def _is_public_url(url: str) -> bool:
    return url.startswith("https://") and "@" not in url


def title_of(url: str):
    if not _is_public_url(url):
        return None
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(200)
'''
URLOPEN_UNCHECKED = URLOPEN_VALIDATED.replace("    if not _is_public_url(url):\n        return None\n", "")

TMP_FOR_TEMPFILE = '''\
import os
import tempfile

SPOOL = "/tmp"


def export(rows: list) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv", dir=SPOOL)
    with os.fdopen(fd, "w") as fh:
        fh.writelines(rows)
    return path
'''
TMP_JOINED = TMP_FOR_TEMPFILE + '''

def export_named(user: str) -> str:
    return os.path.join(SPOOL, user + ".csv")
'''

HEADER_CLEANED = '''\
import re

from flask import Flask, Response, request

app = Flask(__name__)
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]")


def attachment(filename: str) -> str:
    filename = _UNSAFE.sub("_", filename).strip() or "export"
    if not filename.endswith(".csv"):
        filename = f"{filename}.csv"
    return f'attachment; filename="{filename}"'


@app.get("/export")
def export():
    requested = request.args.get("name", "export")
    response = Response("a,b", mimetype="text/csv")
    response.headers["Content-Disposition"] = attachment(requested)
    return response
'''
# a pattern that removes quotes leaves line breaks in
HEADER_QUOTES_ONLY = HEADER_CLEANED.replace('r"[^A-Za-z0-9._ -]"', 'r"[\\x22]"')

LOG_REPR = '''\
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.get("/search")
def search():
    term = request.args.get("q", "")
    log.info("search term=%r", term)
    return "ok"
'''
LOG_PLAIN = LOG_REPR.replace("term=%r", "term=%s")

PAGE_ESCAPED_IN_HELPER = '''\
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


def rows_html(rows: list) -> str:
    body = []
    for row in rows:
        cells = "".join(f"<td>{escape(value)}</td>" for value in row)
        body.append(f"<tr>{cells}</tr>")
    return "".join(body)


@app.get("/")
def index():
    name = escape(request.args.get("name", ""))
    table = rows_html([[request.args.get("a", "")]])
    return "<html><body><h1>" + name + "</h1><table>" + table + "</table></body></html>"
'''
PAGE_RAW_IN_HELPER = PAGE_ESCAPED_IN_HELPER.replace("<td>{escape(value)}</td>", "<td>{value}</td>")

TEMPLATE_WITH_MARKUP = '''\
from flask import Flask, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)
PAGE = "<h1>{{ title }}</h1>{{ table }}"


@app.get("/preview")
def preview():
    cells = "".join(f"<td>{escape(c)}</td>" for c in request.args.getlist("c"))
    table = f"<table><tr>{cells}</tr></table>"
    return render_template_string(PAGE, title=request.args.get("t", ""), table=Markup(table))
'''
TEMPLATE_WITH_RAW_MARKUP = TEMPLATE_WITH_MARKUP.replace("<td>{escape(c)}</td>", "<td>{c}</td>")

FILES = {
    "sql_allowed.py": SQL_ALLOWED_COLUMN, "sql_denied.py": SQL_DENIED_COLUMN,
    "sql_placeholders.py": SQL_PLACEHOLDERS, "sql_values_joined.py": SQL_VALUES_JOINED,
    "sql_helper.py": SQL_HELPER_CLAUSE, "sql_helper_values.py": SQL_HELPER_VALUES,
    "ssrf_checked.py": SSRF_CALLERS_CHECK, "ssrf_scheme.py": SSRF_SCHEME_ONLY,
    "urlopen_checked.py": URLOPEN_VALIDATED, "urlopen_unchecked.py": URLOPEN_UNCHECKED,
    "tmp_tempfile.py": TMP_FOR_TEMPFILE, "tmp_joined.py": TMP_JOINED,
    "header_cleaned.py": HEADER_CLEANED, "header_quotes.py": HEADER_QUOTES_ONLY,
    "log_repr.py": LOG_REPR, "log_plain.py": LOG_PLAIN,
    "page_escaped.py": PAGE_ESCAPED_IN_HELPER, "page_raw.py": PAGE_RAW_IN_HELPER,
    "template_markup.py": TEMPLATE_WITH_MARKUP, "template_raw_markup.py": TEMPLATE_WITH_RAW_MARKUP,
}


@pytest.fixture(scope="module")
def scanned() -> ScanResult:
    return scan_texts(FILES, cache=False)


def _rules(result: ScanResult, path: str) -> set[str]:
    return {f.rule_id for f in result.findings if f.path == path}


@pytest.mark.parametrize(("safe", "unsafe", "rule"), [
    pytest.param("sql_allowed.py", "sql_denied.py", "B608", id="cwe-89-allow-listed-identifier"),
    pytest.param("sql_placeholders.py", "sql_values_joined.py", "B608", id="cwe-89-placeholders"),
    pytest.param("sql_helper.py", "sql_helper_values.py", "B608", id="cwe-89-helper-clause"),
    pytest.param("ssrf_checked.py", "ssrf_scheme.py", "ssrf-param-url", id="cwe-918-callers-check-host"),
    pytest.param("urlopen_checked.py", "urlopen_unchecked.py", "B310", id="cwe-918-validator-first"),
    pytest.param("tmp_tempfile.py", "tmp_joined.py", "B108", id="cwe-377-tempfile-dir"),
    pytest.param("header_cleaned.py", "header_quotes.py", "header-value-from-input", id="cwe-113-helper-cleans"),
    pytest.param("log_repr.py", "log_plain.py", "log-injection", id="cwe-117-repr-in-the-format"),
    pytest.param("page_escaped.py", "page_raw.py", "markup-from-format", id="cwe-79-helper-escapes"),
    pytest.param("template_markup.py", "template_raw_markup.py", "markup-from-format",
                 id="cwe-79-autoescaped-template"),
])
def test_the_safe_idiom_is_dropped_and_its_unsafe_twin_kept(scanned: ScanResult, safe: str, unsafe: str,
                                                           rule: str) -> None:
    assert rule in _rules(scanned, unsafe)
    assert rule not in _rules(scanned, safe)


def _reader(text: str) -> tuple[Reader, ast.Module]:
    mod = Module.parse(text)
    assert mod is not None
    return Reader(mod), mod.tree


def _last_fstring_is_constant(text: str) -> bool:
    reader, tree = _reader(text)
    (expr,) = [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)][-1:]
    return reader.constant(expr, reader.mod.function_of(expr))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('T = "t"\ndef f():\n    return f"SELECT * FROM {T}"\n', True, id="module-constant"),
    pytest.param('T = "t"\nT = input()\ndef f():\n    return f"SELECT * FROM {T}"\n', False,
                 id="module-name-bound-twice"),
    pytest.param('def f(n):\n    w = "1=1"\n    if n:\n        w += " AND n = ?"\n    return f"SELECT {w}"\n', True,
                 id="grown-from-constants"),
    pytest.param('def f(n):\n    w = "1=1"\n    if n:\n        w += f" AND n = {n}"\n    return f"SELECT {w}"\n',
                 False, id="grown-with-a-parameter"),
    pytest.param('M = {"a": "name"}\ndef f(k):\n    col = M[k]\n    return f"ORDER BY {col}"\n', True,
                 id="looked-up-in-a-constant-map"),
    pytest.param('def f(k):\n    col = {"a": "name"}.get(k, k)\n    return f"ORDER BY {col}"\n', False,
                 id="fallback-to-the-key"),
    pytest.param('def f(n: int):\n    return f"LIMIT {int(n)}"\n', True, id="number"),
    pytest.param('A = {"x"}\ndef f(k):\n    assert k in A\n    return f"ORDER BY {k}"\n', True, id="asserted"),
    pytest.param('A = {"x"}\ndef f(k):\n    if k in A or k.isidentifier():\n        return f"ORDER BY {k}"\n',
                 False, id="or-ed-check-inside"),
    pytest.param('A = {"x"}\ndef f(k):\n    if k not in A and k:\n        raise ValueError\n    return f"{k}"\n',
                 False, id="and-ed-check-before-exit"),
])
def test_what_counts_as_built_from_constants(text: str, expected: bool) -> None:
    assert _last_fstring_is_constant(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('def f(u):\n    q = f"{u}"\n    q = "SELECT 1"\n    return f"{q}"\n', True, id="replaced-before-use"),
    pytest.param('def f(u):\n    q = "SELECT 1"\n    q = f"{u}"\n    return f"{q}"\n', False, id="replaced-by-input"),
    pytest.param('def f(u, c):\n    q = "a"\n    if c:\n        q = u\n    return f"{q}"\n', False,
                 id="one-branch-binds-input"),
    pytest.param('def f(u, c):\n    if c:\n        q = u\n    else:\n        q = "b"\n    q = "a"\n'
                 '    return f"{q}"\n', True, id="branches-then-replaced"),
    pytest.param('def f(u):\n    u = "fixed"\n    return f"{u}"\n', True, id="parameter-replaced"),
    pytest.param('def f(rows):\n    q = ""\n    for r in rows:\n        q += f"{r}"\n    return f"{q}"\n',
                 False, id="loop-adds-input"),
    pytest.param('def f(rows):\n    q = "x"\n    for r in ("a", "b"):\n        q = q + r\n    return f"{q}"\n',
                 True, id="loop-over-constants"),
    pytest.param('def g():\n    return f("t")\ndef f(t, k="id"):\n    return f"SELECT {k} FROM {t}"\n', True,
                 id="every-call-passes-constants"),
    pytest.param('def g(u):\n    f("t")\n    return f(u)\ndef f(t):\n    return f"SELECT * FROM {t}"\n', False,
                 id="one-call-passes-input"),
    pytest.param('def f(t):\n    return f"SELECT * FROM {t}"\n', False, id="never-called-in-the-file"),
])
def test_a_name_is_read_from_the_assignments_that_reach_its_use(text: str, expected: bool) -> None:
    assert _last_fstring_is_constant(text) is expected


def _safe_in(text: str, clears: str) -> bool:
    """The last f-string (or, without one, the last return value) of the text, read in the given context."""
    mod = Module.parse(text)
    assert mod is not None
    reader = Reader(mod, clears)
    found = [n for n in ast.walk(mod.tree) if isinstance(n, ast.JoinedStr)] or [
        n.value for n in ast.walk(mod.tree) if isinstance(n, ast.Return) and n.value is not None]
    expr = found[-1]
    return reader.constant(expr, mod.function_of(expr))


def _line_free(text: str) -> bool:
    return _safe_in(text, "line")


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param('f"<b>{escape(v)}</b>"', True, id="escaped"),
    pytest.param('f"<b>{v!r}</b>"', False, id="repr-is-not-html-escaping"),
    pytest.param('Markup("<b>{}</b>").format(v)', True, id="markup-format-escapes"),
    pytest.param('Markup(f"<b>{v}</b>")', False, id="markup-of-formatted"),
    pytest.param('render_template_string("<b>{{ v }}</b>", v=v)', True, id="autoescaped-template"),
    pytest.param('render_template_string("<b>{{ v|safe }}</b>", v=v)', False, id="template-marks-safe"),
    pytest.param('render_template_string(v, v=v)', False, id="template-from-input"),
    pytest.param('render_template_string("<b>{{ v }}</b>", v=Markup(v))', False, id="value-marked-safe"),
])
def test_what_keeps_markup_out(body: str, expected: bool) -> None:
    text = f"from markupsafe import Markup, escape\ndef f(v):\n    return {body}\n"
    assert _safe_in(text, "html") is expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param('re.sub(r"[\\r\\n]+", " ", v)', True, id="re-sub-breaks"),
    pytest.param('re.sub(r"\\r\\n", " ", v)', False, id="re-sub-only-the-pair"),
    pytest.param('re.sub(r"[^\\w.-]", "_", v)', True, id="re-sub-allowed-characters"),
    pytest.param('re.sub(r"[^\\s\\w]", "_", v)', False, id="re-sub-keeps-whitespace"),
    pytest.param('v.replace("\\r", "").replace("\\n", " ")', True, id="replace-chain"),
    pytest.param('v.replace("\\n", " ")', False, id="replace-only-lf"),
    pytest.param('v.translate(str.maketrans({"\\r": "", "\\n": "\\\\n"}))', True, id="translate"),
    pytest.param('" ".join(v.split())', True, id="split-join"),
    pytest.param('" ".join(v.split(","))', False, id="split-at-comma"),
    pytest.param('"".join(c for c in v if c.isprintable() and c != "x")', True, id="printable-characters"),
    pytest.param('"".join(c for c in v if c.isprintable() or c == "\\n")', False, id="printable-or-newline"),
    pytest.param('urllib.parse.quote(v)', True, id="percent-encoded"),
    pytest.param('json.dumps(v)', True, id="json"),
    pytest.param('json.dumps(v, indent=2)', False, id="json-indented"),
    pytest.param('html.escape(v)', False, id="html-escape-keeps-breaks"),
])
def test_what_removes_line_breaks(body: str, expected: bool) -> None:
    text = f"import html, json, re, urllib.parse\ndef f(v):\n    w = {body}\n    return f\"x: {{w}}\"\n"
    assert _line_free(text) is expected
    assert _last_fstring_is_constant(text) is False  # none of them is a constant for SQL


def test_a_file_that_does_not_parse_keeps_its_findings() -> None:
    finding = Finding(path="q.py", rule_id="B608", engine="bandit", cwe=(89,), message="sql",
                      region=Region(3, 11, 3, 40))
    assert drop_safe([finding], {"q.py": SQL_ALLOWED_COLUMN.replace("import sqlite3", "import sqlite3 +")}) == [finding]
    assert drop_safe([finding], {"q.py": SQL_ALLOWED_COLUMN}) == [finding]  # line 3 builds nothing
