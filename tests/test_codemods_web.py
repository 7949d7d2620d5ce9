"""Secrets, log injection, exception text in responses, user paths, Markup: each snippet → its exact fix."""
from __future__ import annotations

import ast

import pytest

from test_codemods import assert_fix

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

WEB = [
    pytest.param(
        "traceback-exposed",
        (209,),
        "detail={",
        1,
        '''\
from fastapi import HTTPException

QUERY = "SELECT * FROM stock"


def stock(db):
    try:
        return db.execute(QUERY).fetchall()
    except OSError as failure:
        raise HTTPException(status_code=503, detail={"reason": f"stock lookup: {failure!r}", "sql": QUERY, "code": 7})
''',
        "generic-error-message",
        '''\
from fastapi import HTTPException

QUERY = "SELECT * FROM stock"


def stock(db):
    try:
        return db.execute(QUERY).fetchall()
    except OSError as failure:
        raise HTTPException(status_code=503, detail={"reason": "stock lookup", "code": 7})
''',
        id="cwe-209-own-words-kept-internals-dropped",
    ),
    pytest.param(
        "traceback-exposed",
        (209,),
        '"detail": str(exc)',
        1,
        '''\
def on_error(request, exc: Exception):
    body = {"error": type(exc).__name__, "detail": str(exc), "path": request.path, "sql": QUERY}
    return body, 500
''',
        "generic-error-message",
        '''\
def on_error(request, exc: Exception):
    body = {"error": type(exc).__name__, "detail": "Internal server error", "path": request.path}
    return body, 500
''',
        id="cwe-209-the-requests-own-path-and-the-class-name-stay",
    ),
    pytest.param(
        "traceback-exposed",
        (209,),
        "return {",
        1,
        '''\
def on_error(problem: ValueError):
    return {"detail": str(problem)}, 404
''',
        "generic-error-message",
        '''\
def on_error(problem: ValueError):
    return {"detail": "Not found"}, 404
''',
        id="cwe-209-error-handler-parameter",
    ),
    pytest.param(
        "traceback-exposed",
        (209,),
        "raise HTTPException",
        1,
        '''\
import httpx
from fastapi import HTTPException


async def fetch(client: httpx.AsyncClient, url: str) -> bytes:
    try:
        return (await client.get(url)).content
    except httpx.HTTPError as err:
        raise HTTPException(status_code=502, detail=f"upstream: {err}") from err
''',
        "generic-error-message",
        '''\
import httpx
from fastapi import HTTPException


async def fetch(client: httpx.AsyncClient, url: str) -> bytes:
    try:
        return (await client.get(url)).content
    except httpx.HTTPError as err:
        raise HTTPException(status_code=502, detail="upstream") from err
''',
        id="cwe-209-the-chained-cause-stays-for-the-logs",
    ),
    pytest.param(
        "hardcoded-password",
        (),
        "DB_PASSWORD = ",
        1,
        '''\
"""Settings."""
DB_HOST = "localhost"
DB_PASSWORD = "s3cr3t-p4ss"  # TODO: move to vault
''',
        "secret-from-env",
        '''\
"""Settings."""
import os
DB_HOST = "localhost"
DB_PASSWORD = os.environ.get("DB_PASSWORD")  # TODO: move to vault
''',
        id="cwe-798-hardcoded-password",
    ),
    pytest.param(
        "hardcoded-secret-key",
        (),
        "app.secret_key = ",
        1,
        '''\
import os

from flask import Flask

app = Flask(__name__)
app.secret_key = "super-secret-key-123"
''',
        "secret-from-env",
        '''\
import os

from flask import Flask
import secrets

app = Flask(__name__)
app.secret_key = os.environ.get("SECRET_KEY") or secrets.token_hex(32)
''',
        id="cwe-798-flask-secret-key",
    ),
    pytest.param(
        "log-injection",
        (),
        "logger.info(",
        1,
        '''\
import logging

logger = logging.getLogger(__name__)


def login(username: str, ip: str) -> None:
    logger.info("Login attempt for %s from %s", username, ip)
''',
        "log-sanitize",
        '''\
import logging

logger = logging.getLogger(__name__)


def login(username: str, ip: str) -> None:
    logger.info(
        "Login attempt for %s from %s",
        str(username).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
        str(ip).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
    )
''',
        id="cwe-117-log-injection-args",
    ),
    pytest.param(
        "log-injection",
        (),
        "logging.warning(",
        1,
        '''\
import logging


def reject(request) -> None:
    logging.warning(f"Rejected upload {request.filename} (100% full)")
''',
        "log-sanitize",
        '''\
import logging


def reject(request) -> None:
    logging.warning(
        "Rejected upload %s (100%% full)",
        str(request.filename).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
    )
''',
        id="cwe-117-log-injection-fstring",
    ),
    pytest.param(
        "traceback-exposed",
        (),
        "return jsonify({",
        1,
        '''\
import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/report")
def report():
    try:
        return jsonify(build_report())
    except Exception as exc:
        return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500
''',
        "generic-error-message",
        '''\
import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/report")
def report():
    try:
        return jsonify(build_report())
    except Exception as exc:
        return jsonify({"error": "Internal server error"}), 500
''',
        id="cwe-209-traceback-exposed",
    ),
    pytest.param(
        "open-user-path",
        (),
        "with open(",
        1,
        '''\
import os

UPLOAD_DIR = "/srv/uploads"


def read_upload(filename: str) -> bytes:
    with open(os.path.join(UPLOAD_DIR, filename), "rb") as fh:
        return fh.read()
''',
        "path-basename",
        '''\
import os

UPLOAD_DIR = "/srv/uploads"


def read_upload(filename: str) -> bytes:
    with open(os.path.join(UPLOAD_DIR, os.path.basename(filename)), "rb") as fh:
        return fh.read()
''',
        id="cwe-22-open-user-path",
    ),
    pytest.param(
        "markup-from-format",
        (),
        "return Markup(",
        1,
        '''\
from markupsafe import Markup


def greeting(user) -> Markup:
    return Markup("<p>Hello, <b>{}</b>!</p>".format(user.display_name))
''',
        "markup-format",
        '''\
from markupsafe import Markup


def greeting(user) -> Markup:
    return Markup("<p>Hello, <b>{}</b>!</p>").format(user.display_name)
''',
        id="cwe-79-markup-from-format",
    ),
    pytest.param(
        "markup-from-format",
        (),
        "badge = ",
        1,
        '''\
from flask import Markup


def render_badge(username: str, score: int) -> Markup:
    badge = Markup(f'<span class="badge" title="{username}">{score:,} {{pts}}</span>')
    return badge
''',
        "markup-format",
        '''\
from flask import Markup


def render_badge(username: str, score: int) -> Markup:
    badge = Markup('<span class="badge" title="{}">{:,} {{pts}}</span>').format(username, score)
    return badge
''',
        id="cwe-79-markup-fstring",
    ),
    pytest.param(
        "open-user-path",
        (),
        "with open(path",
        1,
        '''\
import os

REPORTS = "/var/reports"


def load_report(name: str) -> str:
    """Return the text of a saved report."""
    path = os.path.join(REPORTS, name + ".txt")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
''',
        "path-containment-check",
        '''\
import os

REPORTS = "/var/reports"


def load_report(name: str) -> str:
    """Return the text of a saved report."""
    path = os.path.join(REPORTS, name + ".txt")
    if os.path.commonpath([os.path.realpath(REPORTS), os.path.realpath(path)]) != os.path.realpath(REPORTS):
        raise PermissionError(f"{path!r} is outside the allowed folder")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
''',
        id="cwe-22-open-user-path-two-statement",
    ),
    pytest.param(
        "open-user-path",
        (),
        "return (DOCS",
        1,
        '''\
from pathlib import Path

from flask import Flask

app = Flask(__name__)
DOCS = Path(__file__).parent / "docs"


@app.route("/docs/<page>")
def show_doc(page: str) -> str:
    """Serve a markdown page from the docs folder."""
    return (DOCS / "pages" / page).read_text(encoding="utf-8")
''',
        "path-basename",
        '''\
from pathlib import Path

from flask import Flask
import os

app = Flask(__name__)
DOCS = Path(__file__).parent / "docs"


@app.route("/docs/<page>")
def show_doc(page: str) -> str:
    """Serve a markdown page from the docs folder."""
    return (DOCS / "pages" / os.path.basename(page)).read_text(encoding="utf-8")
''',
        id="cwe-22-pathlib-read-text",
    ),
    pytest.param(
        "open-user-path",
        (),
        "return send_file(",
        1,
        '''\
from flask import Flask, request, send_file

app = Flask(__name__)
EXPORT_DIR = "/var/exports"


@app.get("/export")
def download_export():
    name = request.args.get("name", "latest.csv")
    return send_file(f"{EXPORT_DIR}/{name}", as_attachment=True)
''',
        "path-basename",
        '''\
from flask import Flask, request, send_file
import os

app = Flask(__name__)
EXPORT_DIR = "/var/exports"


@app.get("/export")
def download_export():
    name = request.args.get("name", "latest.csv")
    return send_file(f"{EXPORT_DIR}/{os.path.basename(name)}", as_attachment=True)
''',
        id="cwe-22-send-file-fstring",
    ),
    pytest.param(
        "log-injection",
        (),
        "audit.warning(",
        1,
        '''\
import logging

audit = logging.getLogger("audit")


def record_failure(username: str, ip: str, attempts: int) -> None:
    audit.warning(f"login FAILED user={username} ip={ip} attempts={attempts}")
''',
        "log-sanitize",
        '''\
import logging

audit = logging.getLogger("audit")


def record_failure(username: str, ip: str, attempts: int) -> None:
    audit.warning(
        "login FAILED user=%s ip=%s attempts=%s",
        str(username).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
        str(ip).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
        attempts,
    )
''',
        id="cwe-117-log-injection-custom-logger",
    ),
    pytest.param(
        "log-injection",
        (),
        "app.logger.info(",
        1,
        '''\
from flask import Flask, request

app = Flask(__name__)


@app.post("/login")
def login():
    username = request.form.get("username", "")
    app.logger.info("Login attempt for user %s from %s", username, request.remote_addr)
    return {"ok": True}
''',
        "log-sanitize",
        '''\
from flask import Flask, request

app = Flask(__name__)


@app.post("/login")
def login():
    username = request.form.get("username", "")
    app.logger.info(
        "Login attempt for user %s from %s",
        str(username).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
        str(request.remote_addr).replace("\\n", "\\\\n").replace("\\r", "\\\\r"),
    )
    return {"ok": True}
''',
        id="cwe-117-log-injection-flask-request",
    ),
    pytest.param(
        "traceback-exposed",
        (),
        "raise HTTPException(",
        1,
        '''\
import traceback

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.post("/import")
async def import_orders(payload: dict) -> dict:
    try:
        return {"imported": len(payload["orders"])}
    except Exception as err:
        raise HTTPException(status_code=500, detail="".join(traceback.format_exception(err)))
''',
        "generic-error-message",
        '''\
import traceback

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.post("/import")
async def import_orders(payload: dict) -> dict:
    try:
        return {"imported": len(payload["orders"])}
    except Exception as err:
        raise HTTPException(status_code=500, detail="Internal server error")
''',
        id="cwe-209-fastapi-http-exception",
    ),
    pytest.param(
        "traceback-exposed",
        (),
        "Report failed: ",
        1,
        '''\
from flask import Flask

app = Flask(__name__)


@app.get("/report/<int:report_id>")
def report(report_id: int):
    try:
        return render_report(report_id)
    except ValueError as exc:
        return f"Report failed: {exc}", 400
''',
        "generic-error-message",
        '''\
from flask import Flask

app = Flask(__name__)


@app.get("/report/<int:report_id>")
def report(report_id: int):
    try:
        return render_report(report_id)
    except ValueError as exc:
        return "Report failed", 400
''',
        id="cwe-209-flask-fstring-error",
    ),
]


@pytest.mark.parametrize(("rule_id", "cwe", "needle", "span", "source", "name", "expected"), WEB)
def test_codemod(
    rule_id: str, cwe: tuple[int, ...], needle: str, span: int, source: str, name: str, expected: str
) -> None:
    assert_fix(source, rule_id, cwe, needle, span, name, expected)


def test_log_arguments_formatted_as_numbers_stay_numbers() -> None:
    source = (
        "import logging\n\nlog = logging.getLogger(__name__)\n\n\n"
        "def failed(user: str, attempts):\n"
        '    log.warning("failed login for %s (attempt %d of %5.1f)", user, attempts, 3.0)\n'
    )
    (fix,) = [f for f in propose(source, "log-injection-param", (117,), 7, 7) if f.name == "log-sanitize"]
    fixed = apply_edits(source, fix.edits)
    assert 'str(user).replace("\\n", "\\\\n")' in fixed
    assert "attempts, 3.0)" in fixed or "attempts,\n" in fixed


@pytest.mark.parametrize("made", [
    'app = Flask(__name__)\n',
    'def create_app():\n    app = flask.Flask("svc")\n    return app\n',
])
def test_an_unbounded_body_gets_a_size_limit_where_the_application_is_made(made: str) -> None:
    source = ("import flask\nfrom flask import Flask, request\n\n" + made +
              "\n\ndef upload():\n    data = request.get_data()\n    return str(len(data))\n")
    line = source.splitlines().index("    data = request.get_data()") + 1
    fixes = propose(source, "request-body-unbounded", (400, 770), line, line)
    assert [f.name for f in fixes] == ["flask-body-limit"]
    fixed = apply_edits(source, fixes[0].edits)
    made_at = next(n for n, text in enumerate(fixed.splitlines()) if "Flask(" in text)
    limit = fixed.splitlines()[made_at + 1]
    assert limit.strip().startswith('app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024')
    assert limit[: len(limit) - len(limit.lstrip())] == fixed.splitlines()[made_at][: 4 if "def" in made else 0]
    ast.parse(fixed)


@pytest.mark.parametrize("built", [
    '    line = f"{stamp} {user} {action}"\n    with open(path, "a") as fh:\n        fh.write(line + "\\n")\n',
    '    with open(path, "a") as fh:\n        fh.write(f"{stamp} {user} {action}\\n")\n',
])
def test_a_line_written_to_an_audit_file_keeps_each_value_on_it(tmp_path, built: str) -> None:
    source = f"def record(path, stamp, user, action):\n{built}"
    line = next(n for n, text in enumerate(source.splitlines(), 1) if "fh.write" in text)
    fixes = propose(source, "log-injection-param", (117,), line, line)
    assert [f.name for f in fixes] == ["log-sanitize"]
    namespace: dict = {}
    exec(compile(apply_edits(source, fixes[0].edits), "fixed.py", "exec"), namespace)  # noqa: S102 - the test's own source
    audit = tmp_path / "audit.log"
    namespace["record"](str(audit), "2026-01-01T00:00:00Z", "alice", "login")
    namespace["record"](str(audit), "2026-01-01T00:00:01Z", "bob\n2026-01-01T00:00:02Z admin", "grant\r\nx\u2028y")
    assert audit.read_text().splitlines() == ["2026-01-01T00:00:00Z alice login",
                                              "2026-01-01T00:00:01Z bob 2026-01-01T00:00:02Z admin grant x y"]
