"""HTML escaping and same-site redirect codemods: each snippet → its exact fix, checked by a real re-scan, the
fixed code run on hostile input, and the benchmark cases' own tests."""
from __future__ import annotations

import ast
import collections
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from aiharden.repair.codemods import htmlescape
from aiharden.repair.codemods import redirects
from aiharden.repair.codemods.context import Context
from aiharden.repair.codemods.context import Draft
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.scan import scan_texts
from test_codemods import flagged

ROOT = Path(__file__).resolve().parent.parent
Family = Callable[[Context], list[Draft]]


def _fix(source: str, family: Family, needle: str, span: int = 1) -> tuple[str, tuple[Edit, ...]] | None:
    start, end = flagged(source, needle, span)
    ctx = Context.build(source, start, end, None)
    assert ctx is not None
    drafts = family(ctx)
    if not drafts:
        return None
    edits = ctx.render(drafts[0])
    assert edits is not None
    return drafts[0].name, edits


def _rules(source: str) -> collections.Counter[str]:
    return collections.Counter(f.rule_id for f in scan_texts({"app.py": source}).findings)


def _check(source: str, family: Family, needle: str, span: int, name: str, expected: str, rule: str) -> None:
    found = _fix(source, family, needle, span)
    assert found is not None, "no codemod proposed"
    fix_name, edits = found
    fixed = apply_edits(source, edits)
    assert fixed == expected
    assert fix_name == name
    ast.parse(fixed)
    # a fixed file is a fixed point: the codemod has nothing left to do anywhere in it
    ctx = Context.build(fixed, 1, fixed.count("\n"), None)
    assert ctx is not None and family(ctx) == []
    before, after = _rules(source), _rules(fixed)
    assert not after - before, f"new findings: {after - before}"
    if before[rule]:
        assert after[rule] < before[rule], "the finding remains"


HTML = [
    pytest.param(
        "html-fstring-param",
        "return f",
        1,
        '''\
def search_heading(query: str, hits: list[str]) -> str:
    return f"<h2>{len(hits)} results for <em>{query}</em></h2>"
''',
        "html-escape",
        '''\
import html
def search_heading(query: str, hits: list[str]) -> str:
    return f"<h2>{len(hits)} results for <em>{html.escape(query)}</em></h2>"
''',
        id="str-param-escaped-number-kept",
    ),
    pytest.param(
        "html-fstring-param",
        'return f"<h3>',
        1,
        '''\
"""Comment widgets."""
from __future__ import annotations


def render_row(entry: dict[str, str]) -> str:
    return f"<li><b>{entry['author']}</b>: {entry['text']}</li>"


def render_comments(title: str, entries: list[dict[str, str]]) -> str:
    items = "".join(render_row(e) for e in entries)
    return f"<h3>{title}</h3><ul>{items}</ul><p>{len(entries)} comments</p>"
''',
        "html-escape",
        '''\
"""Comment widgets."""
from __future__ import annotations
import html


def render_row(entry: dict[str, str]) -> str:
    return f"<li><b>{html.escape(str(entry['author']))}</b>: {html.escape(str(entry['text']))}</li>"


def render_comments(title: str, entries: list[dict[str, str]]) -> str:
    items = "".join(render_row(e) for e in entries)
    return f"<h3>{html.escape(title)}</h3><ul>{items}</ul><p>{len(entries)} comments</p>"
''',
        id="markup-from-a-helper-escaped-in-the-helper",
    ),
    pytest.param(
        "html-fstring-param",
        "return f",
        1,
        '''\
def comments_block(comments, title) -> str:
    items = ""
    for comment in comments:
        items += f"<li>{comment}</li>"
    return f"<h3>{title}</h3><ul>{items}</ul>"
''',
        "html-escape",
        '''\
import html
def comments_block(comments, title) -> str:
    items = ""
    for comment in comments:
        items += f"<li>{html.escape(str(comment))}</li>"
    return f"<h3>{html.escape(str(title))}</h3><ul>{items}</ul>"
''',
        id="accumulated-markup-escaped-where-built",
    ),
    pytest.param(
        "html-fstring-param",
        "return f",
        1,
        '''\
SITE = "Shop"


def header(title) -> str:
    parts = "".join(f"<span>{w}</span>" for w in title.split())
    return f"<h1>{SITE}: {title}</h1>{parts}"
''',
        "html-escape",
        '''\
import html
SITE = "Shop"


def header(title) -> str:
    parts = "".join(f"<span>{html.escape(str(w))}</span>" for w in title.split())
    return f"<h1>{SITE}: {html.escape(str(title))}</h1>{parts}"
''',
        id="joined-markup-and-module-constant",
    ),
    pytest.param(
        "html-fstring-param",
        "return f",
        1,
        '''\
def card(title, price: float, when, note) -> str:
    return f"<div>{title!r} {price:.2f} {when:%B} {note:>10}</div>"
''',
        "html-escape",
        '''\
import html
def card(title, price: float, when, note) -> str:
    return (
        f"<div>{html.escape(repr(title))} {price:.2f} {html.escape(format(when, '%B'))} "
        f"{html.escape(format(note, '>10'))}</div>"
    )
''',
        id="conversion-and-spec-kept-long-line-split",
    ),
    pytest.param(
        "html-fstring-param",
        "return f",
        1,
        '''\
from markupsafe import escape


def page(title, body) -> str:
    return f"<h1>{escape(title)}</h1><p>{body}</p>"
''',
        "html-escape",
        '''\
from markupsafe import escape
import html


def page(title, body) -> str:
    return f"<h1>{escape(title)}</h1><p>{html.escape(str(body))}</p>"
''',
        id="already-escaped-left-alone",
    ),
    pytest.param(
        "html-fstring-param",
        "return",
        1,
        '''\
def comment_html(comment: str, author, score: float) -> str:
    return "<li><b>%s</b> %s (%.1f)</li>" % (author, comment, score)
''',
        "html-escape",
        '''\
import html
def comment_html(comment: str, author, score: float) -> str:
    return "<li><b>%s</b> %s (%.1f)</li>" % (html.escape(str(author)), html.escape(comment), score)
''',
        id="percent-format",
    ),
    pytest.param(
        "html-fstring-param",
        "return",
        1,
        '''\
def comment_html(comment, author) -> str:
    return "<li><b>{}</b> {c}</li>".format(author, c=comment)
''',
        "html-escape",
        '''\
import html
def comment_html(comment, author) -> str:
    return "<li><b>{}</b> {c}</li>".format(html.escape(str(author)), c=html.escape(str(comment)))
''',
        id="format-method",
    ),
    pytest.param(
        "html-fstring-param",
        "return",
        1,
        '''\
def greeting(name) -> str:
    return "<p>Hello " + name + "!</p>"
''',
        "html-escape",
        '''\
import html
def greeting(name) -> str:
    return "<p>Hello " + html.escape(str(name)) + "!</p>"
''',
        id="concatenation",
    ),
    # rows gathered in a list: the list holds markup, so the values are escaped where each row is built
    pytest.param(
        "markup-from-format",
        "return f",
        1,
        '''\
def table(headers: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(f"<td>{v}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"
''',
        "html-escape",
        '''\
import html
def table(headers: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(f"<td>{html.escape(str(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"
''',
        id="rows-appended-to-a-list",
    ),
]


@pytest.mark.parametrize(("rule", "needle", "span", "source", "name", "expected"), HTML)
def test_html_escape(rule: str, needle: str, span: int, source: str, name: str, expected: str) -> None:
    _check(source, htmlescape.html_escape, needle, span, name, expected, rule)


HTML_NO_FIX = [
    pytest.param(
        '''\
def page(title) -> str:
    html = f"<h1>{title}</h1>"
    return html
''',
        "html = ",
        id="html-name-taken-by-a-local",
    ),
    pytest.param(
        '''\
from markupsafe import escape


def badge(name, hits: list[str]) -> str:
    return f"<b>{escape(name)}</b> <i>{len(hits)}</i>"
''',
        "return f",
        id="every-value-safe",
    ),
    pytest.param(
        '''\
def item(name) -> str:
    return "<li>{!r}</li>".format(name)
''',
        "return",
        id="format-conversion-needs-a-new-template",
    ),
    pytest.param(
        '''\
def label(name) -> str:
    return f"Hello {name}"
''',
        "return f",
        id="no-markup",
    ),
]


@pytest.mark.parametrize(("source", "needle"), HTML_NO_FIX)
def test_html_escape_no_fix(source: str, needle: str) -> None:
    assert _fix(source, htmlescape.html_escape, needle) is None


REDIRECT = [
    pytest.param(
        "open-redirect-param",
        "return next_url or",
        '''\
DEFAULT_LANDING = "/account"


def safe_next(next_url: str | None) -> str:
    return next_url or DEFAULT_LANDING
''',
        '''\
import urllib.parse
DEFAULT_LANDING = "/account"


def safe_next(next_url: str | None) -> str:
    if (
        not next_url
        or not next_url.startswith("/")
        or next_url[1:2] in ("/", "\\\\")
        or not next_url.isprintable()
        or urllib.parse.urlsplit(next_url).netloc
    ):
        return DEFAULT_LANDING
    return next_url
''',
        id="helper-returns-target-or-default",
    ),
    pytest.param(
        "open-redirect",
        "response = redirect(",
        '''\
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/lang/<code>")
def switch_language(code: str):
    target = request.args.get("next") or "/"
    response = redirect(target)
    response.set_cookie("lang", code)
    return response
''',
        '''\
from flask import Flask, redirect, request
import urllib.parse

app = Flask(__name__)


@app.get("/lang/<code>")
def switch_language(code: str):
    target = request.args.get("next") or "/"
    if (
        not target.startswith("/")
        or target[1:2] in ("/", "\\\\")
        or not target.isprintable()
        or urllib.parse.urlsplit(target).netloc
    ) and not (
        target.isprintable()
        and urllib.parse.urlsplit(target).scheme in ("http", "https")
        and urllib.parse.urlsplit(target).netloc == request.host
    ):
        target = "/"
    response = redirect(target)
    response.set_cookie("lang", code)
    return response
''',
        id="assigned-target-or-default",
    ),
    pytest.param(
        "open-redirect",
        "return redirect(",
        '''\
from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/login")
def login():
    next_page = request.form.get("next", "/home")
    return redirect(next_page)
''',
        '''\
from flask import Flask, redirect, request
import urllib.parse

app = Flask(__name__)


@app.post("/login")
def login():
    next_page = request.form.get("next", "/home")
    if (
        not next_page.startswith("/")
        or next_page[1:2] in ("/", "\\\\")
        or not next_page.isprintable()
        or urllib.parse.urlsplit(next_page).netloc
    ) and not (
        next_page.isprintable()
        and urllib.parse.urlsplit(next_page).scheme in ("http", "https")
        and urllib.parse.urlsplit(next_page).netloc == request.host
    ):
        next_page = "/home"
    return redirect(next_page)
''',
        id="get-with-default",
    ),
    pytest.param(
        "open-redirect",
        "return redirect(",
        '''\
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/login")
def login():
    return redirect(request.args.get("next") or url_for("index"))
''',
        '''\
from flask import Flask, redirect, request, url_for
import urllib.parse

app = Flask(__name__)


@app.post("/login")
def login():
    target = request.args.get("next") or url_for("index")
    if (
        not target.startswith("/")
        or target[1:2] in ("/", "\\\\")
        or not target.isprintable()
        or urllib.parse.urlsplit(target).netloc
    ) and not (
        target.isprintable()
        and urllib.parse.urlsplit(target).scheme in ("http", "https")
        and urllib.parse.urlsplit(target).netloc == request.host
    ):
        target = url_for("index")
    return redirect(target)
''',
        id="inline-target-gets-a-name",
    ),
    pytest.param(
        "open-redirect-param",
        'return {"Location"',
        '''\
def after_login(next_url=None):
    return {"Location": next_url or "/"}
''',
        '''\
import urllib.parse
def after_login(next_url=None):
    if (
        not next_url
        or not next_url.startswith("/")
        or next_url[1:2] in ("/", "\\\\")
        or not next_url.isprintable()
        or urllib.parse.urlsplit(next_url).netloc
    ):
        next_url = "/"
    return {"Location": next_url}
''',
        id="location-header",
    ),
]


@pytest.mark.parametrize(("rule", "needle", "source", "expected"), REDIRECT)
def test_open_redirect(rule: str, needle: str, source: str, expected: str) -> None:
    _check(source, redirects.open_redirect, needle, 1, "redirect-same-site", expected, rule)


REDIRECT_NO_FIX = [
    pytest.param(
        '''\
from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/login")
def login():
    target = request.args.get("next")
    return redirect(target)
''',
        "return redirect(",
        id="no-default-to-fall-back-to",
    ),
    pytest.param(
        '''\
from flask import redirect


def go(next_url):
    return redirect(next_url)
''',
        "return redirect(",
        id="parameter-without-default",
    ),
]


@pytest.mark.parametrize(("source", "needle"), REDIRECT_NO_FIX)
def test_open_redirect_no_fix(source: str, needle: str) -> None:
    assert _fix(source, redirects.open_redirect, needle) is None


def _load(source: str, name: str) -> ModuleType:
    module = ModuleType(name)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    return module


HOSTILE = [
    "https://evil.example/",
    "//evil.example/x",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\\\t/evil.example",
    "/\n/evil.example",
    " /evil.example",
    "\x00//evil.example",
    "http:evil.example",
    "javascript:alert(document.cookie)",
]
ORDINARY = ["/orders/17?tab=items", "/pricing?plan=team", "/caf\u00e9", "/search?q=a//b"]


def test_fixed_redirect_keeps_local_paths_and_refuses_the_rest() -> None:
    source = REDIRECT[0].values[2]
    found = _fix(source, redirects.open_redirect, "return next_url or")
    assert found is not None
    fixed = _load(apply_edits(source, found[1]), "redirect_after")
    for target in ORDINARY:
        assert fixed.safe_next(target) == target
    for target in [*HOSTILE, "", None]:
        assert fixed.safe_next(target) == "/account", target


def test_fixed_html_prints_the_same_text_and_no_markup() -> None:
    source = HTML[1].values[3]
    found = _fix(source, htmlescape.html_escape, 'return f"<h3>')
    assert found is not None
    before, after = _load(source, "html_before"), _load(apply_edits(source, found[1]), "html_after")
    plain = [{"author": "ann", "text": "nice & short"}]
    assert after.render_comments("Reviews", plain) == before.render_comments("Reviews", plain).replace("&", "&amp;")
    hostile = after.render_comments("<script>x</script>", [{"author": "<b>m</b>", "text": "<img src=x onerror=y>"}])
    assert "<script>" not in hostile and "<b>m</b>" not in hostile and "<img" not in hostile
    assert hostile.count("<li>") == 1


def _merged(source: str, family: Family, cwes: frozenset[int]) -> str:
    """Every finding of the family's CWEs repaired on its own, the edits then merged the way the fixer merges them."""
    chosen: list[Edit] = []
    for f in scan_texts({"app.py": source}).findings:
        if not set(f.cwe) & cwes:
            continue
        ctx = Context.build(source, f.region.start_line, f.region.end_line, None)
        assert ctx is not None
        drafts = family(ctx)
        assert drafts, f"no codemod for {f.rule_id} at line {f.region.start_line}"
        edits = ctx.render(drafts[0])
        assert edits is not None
        fixed = apply_edits(source, edits)
        after = scan_texts({"app.py": fixed}).findings
        assert not any(g.rule_id == f.rule_id and g.region.start_line == f.region.start_line for g in after)
        chosen += [e for e in edits if e not in chosen]
    return apply_edits(source, tuple(sorted(chosen, key=lambda e: (e.start_line, e.end_line))))


@pytest.mark.parametrize(
    ("case", "family", "cwes"),
    [
        ("13-html-fstring-table", htmlescape.html_escape, frozenset({79})),
        ("37-open-redirect-login", redirects.open_redirect, frozenset({601})),
        ("47-flask-language-redirect", redirects.open_redirect, frozenset({601})),
    ],
)
def test_benchmark_case(case: str, family: Family, cwes: frozenset[int], tmp_path: Path) -> None:
    src = ROOT / "bench" / "cases" / case
    source = (src / "app.py").read_text()
    fixed = _merged(source, family, cwes)
    assert not [f for f in scan_texts({"app.py": fixed}).findings if set(f.cwe) & cwes]
    for name in ("test_functional.py", "test_security.py"):
        shutil.copy(src / name, tmp_path / name)
    (tmp_path / "app.py").write_text(fixed)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_functional.py", "test_security.py"],
        cwd=tmp_path,
        env={**os.environ, "CASE_MODULE": "app", "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:]


def test_html_a_helper_of_the_file_builds_in_a_loop_is_not_escaped_as_text() -> None:
    """Escaping the helper's result would print its tags; the codemod cannot follow the loop, so it declines."""
    source = (
        "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n"
        "def render_rows(rows):\n    out = ''\n    for r in rows:\n        out += '<tr><td>' + r + '</td></tr>'\n"
        "    return out\n\n\n"
        "@app.route('/')\ndef index():\n    who = request.args.get('who', '')\n"
        "    return '<h2>' + who + '</h2><table>' + render_rows([who]) + '</table>'\n"
    )
    from aiharden.repair.codemods import propose as propose_fixes

    assert [f for f in propose_fixes(source, "markup-from-format", (79,), 16, 16) if f.name == "html-escape"] == []


CONSTANT_PAGE = '''\
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
{page} = """<html><body><main>{{{field}}}</main><footer>{{0}}</footer></body></html>"""


@app.get("/bye", response_class=HTMLResponse)
async def bye(who: str, {flag}: bool = True) -> HTMLResponse:
    if {flag}:
        note = f"<h1>Done</h1><p>{{who}} left.</p>"
    else:
        note = f"<p>{{who}} was not here.</p>"
    return HTMLResponse({page}.format("2024", {field}=note))
'''


@pytest.mark.parametrize(("page", "field", "flag"), [("PAGE", "content", "ok"), ("LAYOUT_HTML", "body", "removed")])
def test_values_formatted_into_a_page_constant_are_escaped_in_every_branch_that_builds_them(
        page: str, field: str, flag: str) -> None:
    source = CONSTANT_PAGE.format(page=page, field=field, flag=flag)
    found = _fix(source, htmlescape.html_escape, f"return HTMLResponse({page}")
    assert found is not None
    fixed = apply_edits(source, found[1])
    assert fixed.count("{html.escape(who)}") == 2 and '"2024"' in fixed  # the literal argument is left alone
    module = ModuleType("page_case")
    exec(compile(fixed, "<page_case>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    from fastapi.testclient import TestClient

    body = TestClient(module.app).get("/bye", params={"who": "<script>x</script>"}).text
    assert "<script>" not in body and "&lt;script&gt;" in body and "<h1>Done</h1>" in body
