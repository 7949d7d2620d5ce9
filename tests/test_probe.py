"""Exploit probes: the original and candidates run for real in the sandbox; verdicts come from the recorded sinks."""
from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from aiharden.probe import probe
from aiharden.probe import sandbox


def _probe(tmp_path: Path, original: str, line_of: str, cwes: list[int], **candidates: str) -> object:
    original = textwrap.dedent(original)
    (tmp_path / "mod.py").write_text(original)
    line = next(n for n, text in enumerate(original.splitlines(), 1) if line_of in text)
    cands = {k: textwrap.dedent(v) for k, v in candidates.items()}
    return probe(original, "mod.py", line, cwes, cands, root=tmp_path, timeout=60)


SQL = '''
    import sqlite3

    def find(conn: sqlite3.Connection, name: str) -> list:
        """Rows of one user."""
        conn.execute("CREATE TABLE IF NOT EXISTS users (name TEXT, mail TEXT)")
        return conn.execute(f"SELECT mail FROM users WHERE name = '{name}'").fetchall()
'''


def test_sql_parameters_block_the_payload_and_keep_the_statement(tmp_path: Path) -> None:
    report = _probe(tmp_path, SQL, "SELECT", [89],
                    good=SQL.replace("f\"SELECT mail FROM users WHERE name = '{name}'\")",
                                     '"SELECT mail FROM users WHERE name = ?", (name,))'),
                    or_removed=SQL.replace("'{name}'", "'{name.replace(' OR ', ' ')}'"),
                    other_table=SQL.replace("f\"SELECT mail FROM users WHERE name = '{name}'\")",
                                            '"SELECT name FROM users WHERE name = ?", (name,))'))
    assert "reaches the SQL text" in report.shown
    assert report.results["good"].status == "blocked"
    assert report.results["or_removed"].status == "exploitable"  # a filter on one word is not a fix
    assert report.results["other_table"].status == "changed"
    assert "the database gets" in report.results["other_table"].message


SHELL = textwrap.dedent('''
    import subprocess

    def count(path: str) -> str:
        return subprocess.run(f"wc -l {path}", shell=True, capture_output=True, text=True).stdout
''')


def test_shell_argv_must_match_what_the_shell_would_have_split(tmp_path: Path) -> None:
    report = _probe(tmp_path, SHELL, "subprocess.run", [78],
                    argv=SHELL.replace('f"wc -l {path}", shell=True', '["wc", "-l", path]'),
                    split=SHELL.replace('f"wc -l {path}", shell=True', 'f"wc -l {path}".split()'),
                    other=SHELL.replace('f"wc -l {path}", shell=True', '["wc", "-c", path]'),
                    quoted=SHELL.replace('{path}"', '{shlex.quote(path)}"').replace("import subprocess",
                                                                                     "import shlex\nimport subprocess"))
    assert report.results["argv"].status == "blocked"
    assert report.results["split"].status == "exploitable"
    assert report.results["other"].status == "changed"
    assert report.results["quoted"].status == "blocked"


PATH = '''
    import os

    BASE = "/srv/files"

    def read(user: str, name: str) -> str:
        path = os.path.join(BASE, user, name)
        with open(path) as fh:
            return fh.read()
'''

CHECK_NAME = '''
    if ".." in name or name.startswith("/"):
        raise PermissionError(name)
'''

CHECK_PATH = '''
    root = os.path.realpath(BASE)
    if os.path.commonpath([root, os.path.realpath(path)]) != root:
        raise PermissionError(name)
'''


def _insert(src: str, anchor: str, block: str) -> str:
    lines = textwrap.dedent(src).splitlines(keepends=True)
    at = next(i for i, ln in enumerate(lines) if anchor in ln)
    body = textwrap.indent(textwrap.dedent(block), "    ")
    return "".join(lines[:at] + [body] + lines[at:])


def test_a_path_check_on_one_of_two_user_parts_is_still_exploitable(tmp_path: Path) -> None:
    report = _probe(tmp_path, PATH, "open(path)", [22],
                    one_part=_insert(PATH, "with open", CHECK_NAME), both=_insert(PATH, "with open", CHECK_PATH))
    assert "outside the base folder" in report.shown
    assert report.results["one_part"].status == "exploitable"
    assert report.results["both"].status == "blocked"


def test_a_new_exception_in_a_function_with_an_error_value_breaks_its_contract(tmp_path: Path) -> None:
    original = '''
        import os

        BASE = "/srv/files"

        def read(name: str) -> str:
            """The file's text, or '' on any error."""
            path = os.path.join(BASE, name)
            try:
                with open(path) as fh:
                    return fh.read()
            except OSError:
                return ""
    '''
    raising = textwrap.dedent(original).replace(
        "    try:\n", "    if os.path.commonpath([BASE, os.path.realpath(path)]) != BASE:\n"
                     "        raise PermissionError(name)\n    try:\n")
    inside = textwrap.dedent(original).replace(
        "    try:\n", "    try:\n        if os.path.commonpath([os.path.realpath(BASE), os.path.realpath(path)]) != "
                     "os.path.realpath(BASE):\n            raise PermissionError(name)\n")
    report = _probe(tmp_path, original, "open(path)", [22], raising=raising, inside=inside)
    assert report.results["raising"].status == "changed"
    assert "own error handling returns ''" in report.results["raising"].message
    assert report.results["inside"].status == "blocked"


def test_flask_views_are_driven_through_the_test_client(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    original = '''
        from flask import Flask, request

        app = Flask(__name__)

        @app.route("/hello")
        def hello():
            name = request.args.get("name", "")
            return f"<p>Hello {name}</p>"
    '''
    escaped = textwrap.dedent(original).replace('f"<p>Hello {name}</p>"', 'f"<p>Hello {escape(name)}</p>"').replace(
        "from flask import Flask, request", "from flask import Flask, request\nfrom markupsafe import escape")
    raising = textwrap.dedent(original).replace(
        '    return f"<p>', '    if "<" in name:\n        raise ValueError(name)\n    return f"<p>')
    report = _probe(tmp_path, original, "Hello {name}", [79], escaped=escaped, raising=raising)
    assert "reaches the HTML unescaped" in report.shown
    assert report.results["escaped"].status == "blocked"
    assert report.results["raising"].status == "changed" and "answers 500" in report.results["raising"].message


def test_a_fastapi_view_gets_values_of_its_parameters_types(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    original = '''
        import logging
        from fastapi import FastAPI, Query

        log = logging.getLogger("search")
        app = FastAPI()

        @app.get("/search")
        async def search(q: str = Query("", max_length=200), limit: int = 10):
            log.info("search q=%s limit=%d", q.lower(), limit)
            return {"q": q, "limit": limit}
    '''
    fixed = original.replace("q.lower(), limit", "q.lower().replace(chr(10), ' ').replace(chr(13), ' '), limit")
    report = _probe(tmp_path, original, "log.info", [117], fixed=fixed)
    assert "starts a line of its own in the log" in report.shown  # `limit=alice` would be a 422 every time
    assert report.results["fixed"].status != "exploitable"


def test_a_weaker_token_is_a_change_of_behaviour(tmp_path: Path) -> None:
    original = '''
        import random
        import string

        def token() -> str:
            return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    '''
    strong = textwrap.dedent(original).replace("import random", "import secrets").replace("random.choice", "secrets.choice")
    weak = strong.replace(" + string.digits", "").replace("range(32)", "range(8)")
    report = _probe(tmp_path, original, "random.choice", [338], strong=strong, weak=weak)
    assert "random.choice" in report.shown
    assert report.results["strong"].status == "blocked"
    assert report.results["weak"].status == "changed" and "CWE-331" in report.results["weak"].message


def test_eval_of_arithmetic_needs_arithmetic_to_keep_working(tmp_path: Path) -> None:
    original = '''
        def calc(expr: str) -> float:
            """Evaluate an arithmetic expression such as "2 + 3 * 4"."""
            return eval(expr)
    '''
    literal = textwrap.dedent(original).replace("return eval(expr)", "return ast.literal_eval(expr)")
    literal = "import ast\n" + literal
    report = _probe(tmp_path, original, "eval(expr)", [95], literal=literal)
    assert "starts a process" in report.shown
    assert report.results["literal"].status == "changed"
    assert "2 + 3 * 4" in report.results["literal"].message or "raises" in report.results["literal"].message


XML_PARSER = '''
    from flask import Flask, abort, jsonify, request
    from lxml import etree

    app = Flask(__name__)
    PARSER = etree.XMLParser(resolve_entities=True)


    def _factory() -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=True, load_dtd=True)


    @app.post("/upload")
    def upload():
        sent = request.files.get("doc")
        if sent is None:
            abort(400)
        try:
            root = etree.fromstring(sent.read(), {parser})
        except etree.XMLSyntaxError:
            abort(400)
        if root.tag != "order":
            abort(400)
        return jsonify({{"ref": root.findtext("ref") or ""}})
'''


@pytest.mark.parametrize(("parser", "flagged"), [("_factory()", "return etree.XMLParser"), ("PARSER", "PARSER =")])
def test_a_parser_made_apart_is_probed_through_the_upload_view_that_uses_it(
    tmp_path: Path, parser: str, flagged: str
) -> None:
    original = XML_PARSER.format(parser=parser)
    # the factory's parser loads external DTDs too: the repair turns that off as well
    internal = original.replace("resolve_entities=True", 'resolve_entities="internal"').replace(
        "load_dtd=True", "load_dtd=False")
    off = original.replace("resolve_entities=True", "resolve_entities=False")
    report = _probe(tmp_path, original, flagged, [611], internal=internal, off=off)
    assert report.shown == "an external entity reads a local file into the document"
    assert report.results["internal"].status == "blocked"
    # every entity off also drops the ones a document declares itself
    assert report.results["off"].status == "changed"


FLAG_LOG = '''
    import logging

    log = logging.getLogger("audit")


    def record(user: str, ok: bool) -> None:
        if ok:
            log.info(f"login ok user={user}")
        else:
            log.warning("login failed")
'''


def test_a_flag_is_tried_both_ways_so_the_branch_with_the_sink_is_reached(tmp_path: Path) -> None:
    fixed = FLAG_LOG.replace('f"login ok user={user}"',
                             '"login ok user=%s", user.replace("\\n", "\\\\n").replace("\\r", "\\\\r")')
    report = _probe(tmp_path, FLAG_LOG, "login ok", [117], fixed=fixed)
    assert "starts a line of its own in the log" in report.shown
    assert report.results["fixed"].status == "blocked"


ERROR_TEXT = '''
    import sqlite3

    DB_PATH = "/srv/shop/orders.db"


    def order_total(order_id: int) -> dict:
        try:
            with sqlite3.connect(DB_PATH) as conn:
                conn.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER, total INTEGER)")
                row = conn.execute("SELECT total FROM orders WHERE id = ?", (order_id,)).fetchone()
        except sqlite3.Error as exc:
            return {"error": f"lookup failed: {exc}"}
        return {"total": row[0] if row else 0}
'''


def test_an_internal_error_is_injected_and_its_text_must_not_reach_the_caller(tmp_path: Path) -> None:
    generic = ERROR_TEXT.replace('f"lookup failed: {exc}"', '"lookup failed"')
    other = generic.replace('{"total": row[0] if row else 0}', '{"total": -1}')
    report = _probe(tmp_path, ERROR_TEXT, "lookup failed", [209], generic=generic, other=other)
    assert "reaches the caller" in report.shown  # a server path outside the sandbox still opens a database
    assert report.results["generic"].status == "blocked"
    assert report.results["other"].status == "changed"


TRACEBACK_BODY = '''
    import json
    import traceback


    def handle(body: str) -> tuple:
        try:
            data = json.loads(body)
        except ValueError:
            return 400, {"error": "bad body", "detail": traceback.format_exc()}
        return 200, {"keys": sorted(data)}
'''


def test_ordinary_input_on_the_error_path_may_change_only_the_messages_text(tmp_path: Path) -> None:
    generic = TRACEBACK_BODY.replace("traceback.format_exc()", '"could not read the body"')
    no_detail = TRACEBACK_BODY.replace(', "detail": traceback.format_exc()', "")
    report = _probe(tmp_path, TRACEBACK_BODY, "format_exc", [209], generic=generic, no_detail=no_detail)
    assert report.shown == "a traceback reaches the caller"  # the probe's ordinary text is not JSON
    assert report.results["generic"].status == "blocked"
    assert report.results["no_detail"].status == "changed"  # a key the callers read is gone


PARSER_IN_INIT = '''
    from lxml import etree


    class Reader:
        def __init__(self) -> None:
            self._parser = etree.XMLParser(resolve_entities=True)

        def title(self, payload: bytes) -> str:
            root = etree.fromstring(payload, self._parser)
            return root.findtext("title") or ""
'''


def test_a_parser_made_in_init_is_probed_through_the_method_that_uses_it(tmp_path: Path) -> None:
    internal = PARSER_IN_INIT.replace("resolve_entities=True", 'resolve_entities="internal"')
    report = _probe(tmp_path, PARSER_IN_INIT, "self._parser = ", [611], internal=internal)
    assert report.shown == "an external entity reads a local file into the document"
    assert report.results["internal"].status == "blocked"


def test_a_function_the_probe_cannot_drive_is_reported_never_guessed(tmp_path: Path) -> None:
    original = '''
        import subprocess

        def outer():
            def inner(cmd):
                return subprocess.run(cmd, shell=True)
            return inner
    '''
    report = _probe(tmp_path, original, "subprocess.run", [78], same=original)
    assert report.results["same"].status == "not_probed"
    assert report.why_not


def test_the_sandbox_has_no_network_and_leaves_the_users_tree_alone(tmp_path: Path) -> None:
    original = '''
        import urllib.request

        def fetch(url: str) -> str:
            with open("written-by-probe.txt", "w") as fh:
                fh.write(url)
            try:
                urllib.request.urlopen(url, timeout=1)
            except OSError as e:
                return type(e).__name__
            return "connected"
    '''
    (tmp_path / "mod.py").write_text(textwrap.dedent(original))
    before = sorted(p.name for p in tmp_path.iterdir())
    report = _probe(tmp_path, original, "urlopen", [918], same=original)
    after = sorted(p.name for p in tmp_path.iterdir())
    assert before == after  # nothing written into the user's tree
    assert report.shown  # the connection attempt to an internal address was recorded (and refused)
    assert report.results["same"].status == "exploitable"


def test_namespace_detection_answers() -> None:
    assert sandbox.network_namespace() in (True, False)
    assert sandbox.mount_namespace() in (True, False)
    assert sandbox.network_namespace() or not sandbox.mount_namespace()


CACHE = Path.home() / ".cache" / "aiharden-tests"  # the probe folder must lie outside /tmp for the child's own /tmp


@pytest.mark.skipif(not sandbox.mount_namespace() or str(CACHE.resolve()).startswith(("/tmp/", "/var/tmp/")),
                    reason="no user namespaces here, or no folder outside /tmp for the probe")
def test_the_child_gets_its_own_tmp_and_a_read_only_repository(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setenv("AIHARDEN_CACHE", str(CACHE))
    if sandbox._workdir() is None:
        pytest.skip("the interpreter lives under /tmp here, so the child keeps the shared /tmp")
    shutil.rmtree(CACHE, ignore_errors=True)  # nothing left over from an earlier run
    repo = CACHE / "repo"
    repo.mkdir(parents=True)
    marker = Path("/tmp/aiharden-probe-escape-test")
    marker.unlink(missing_ok=True)
    original = textwrap.dedent(f'''
        import subprocess

        def run(cmd: str) -> str:
            for target in ({str(marker)!r}, {str(repo / "written.txt")!r}):
                try:
                    with open(target, "w") as fh:
                        fh.write("x")
                except OSError:
                    pass
            return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
    ''')
    (repo / "mod.py").write_text(original)
    report = probe(original, "mod.py", 11, [78], {"same": original}, root=repo, timeout=60)
    assert report.shown and report.results["same"].status == "exploitable"
    assert not marker.exists() and not (repo / "written.txt").exists()
    shutil.rmtree(CACHE, ignore_errors=True)


def test_tmp_is_not_replaced_under_an_interpreter_that_lives_there(monkeypatch: pytest.MonkeyPatch) -> None:
    """A virtual environment in /tmp (a fresh clone there) must stay visible to the child."""
    monkeypatch.setenv("AIHARDEN_CACHE", str(CACHE))
    monkeypatch.setattr(sys, "prefix", "/tmp/some-clone/.venv")
    assert sandbox._workdir() is None


SIGNER = '''
    import hashlib
    import hmac
    import os

    SIGNING_KEY = b"queue-signing-7f3a9c1e5b2d"
    BROKER = os.environ.get("QUEUE_BROKER_URL", "memory://")

    def sign(body: bytes, key: bytes = SIGNING_KEY) -> str:
        """The body's signature."""
        return hmac.new(key, body, hashlib.sha256).hexdigest()
'''
SIGNER_FROM_ENV = '''
    import hashlib
    import hmac
    import os

    BROKER = os.environ.get("QUEUE_BROKER_URL", "memory://")

    def _signing_key() -> bytes:
        value = os.environ.get("QUEUE_SIGNING_KEY")
        if not value:
            raise RuntimeError("QUEUE_SIGNING_KEY is not set")
        return value.encode()

    def sign(body: bytes, key: bytes | None = None) -> str:
        """The body's signature."""
        return hmac.new(key if key is not None else _signing_key(), body, hashlib.sha256).hexdigest()
'''


def test_a_secret_from_the_environment_must_sign_as_the_literal_did_and_the_literal_must_be_gone(
        tmp_path: Path) -> None:
    wrong_name = SIGNER_FROM_ENV.replace('_signing_key() -> bytes:', '_signing_key() -> bytes:\n        return b"x"')
    still_literal = SIGNER_FROM_ENV.replace('value.encode()', 'value.encode() or b"queue-signing-7f3a9c1e5b2d"') \
        .replace('if not value:\n            raise RuntimeError("QUEUE_SIGNING_KEY is not set")',
                 'value = value or "queue-signing-7f3a9c1e5b2d"')
    report = _probe(tmp_path, SIGNER, "SIGNING_KEY = b", [798], env=SIGNER_FROM_ENV, other_key=wrong_name,
                    fallback=still_literal)
    assert report.family == "secret" and "reaches a recorded hmac" in report.shown
    assert report.results["env"].status == "blocked", report.results["env"]
    assert report.results["other_key"].status == "changed"
    assert report.results["fallback"].status == "exploitable"
    # a name the file has no convention for: whether the deployment sets it is beyond what a run can show
    invented = SIGNER_FROM_ENV.replace("QUEUE_SIGNING_KEY", "SIGNING_SECRET")
    report = _probe(tmp_path, SIGNER, "SIGNING_KEY = b", [798], invented=invented)
    assert report.results["invented"].status == "unshown"
    assert "SIGNING_SECRET, a name the file does not use yet" in report.results["invented"].message


def test_a_redirect_behind_a_password_check_is_reached_and_probed(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    original = '''
        from flask import Flask, redirect, request
        from werkzeug.security import check_password_hash, generate_password_hash

        app = Flask(__name__)
        USERS = {"analyst": generate_password_hash("numbers-123")}

        @app.route("/login", methods=["GET", "POST"])
        def login():
            next_url = request.values.get("next", "")
            if request.method == "GET":
                return "form"
            stored = USERS.get(request.form.get("username", ""))
            if stored is None or not check_password_hash(stored, request.form.get("password", "")):
                return "no", 401
            return redirect(next_url or "/home")
    '''
    same_site = textwrap.dedent(original).replace(
        '    return redirect(next_url or "/home")',
        '    if not next_url.startswith("/") or next_url[1:2] in ("/", "\\\\"):\n        next_url = "/home"\n'
        '    return redirect(next_url)')
    report = _probe(tmp_path, original, "return redirect(", [601], same_site=same_site)
    assert "evil.example" in report.shown
    assert report.results["same_site"].status == "blocked", report.results["same_site"]


def test_cookies_are_read_from_the_response_and_must_keep_their_names(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    original = '''
        import secrets

        from flask import Flask, make_response, request

        app = Flask(__name__)

        @app.post("/session")
        def start():
            resp = make_response({"ok": True})
            resp.set_cookie("sid", secrets.token_urlsafe(16), max_age=3600)
            resp.set_cookie("theme", request.args.get("theme", "light"))
            return resp
    '''
    flagged = textwrap.dedent(original).replace('max_age=3600)', 'max_age=3600, secure=True, httponly=True)')
    renamed = flagged.replace('"sid"', '"session_id"')
    report = _probe(tmp_path, original, 'set_cookie("sid"', [614, 1004], flags=flagged, renamed=renamed)
    assert report.family == "cookie" and "the cookie sid is set without Secure and HttpOnly" in report.shown
    assert report.results["flags"].status == "exploitable"  # the theme cookie still has neither flag
    both = flagged.replace('request.args.get("theme", "light"))', 'request.args.get("theme", "light"), '
                                                                   'secure=True, httponly=True)')
    report = _probe(tmp_path, original, 'set_cookie("sid"', [614, 1004], both=both,
                    renamed=both.replace('"sid"', '"session_id"'))
    assert report.results["both"].status == "blocked", report.results["both"]
    assert report.results["renamed"].status == "changed"


NESTED_FEED = '''
    from lxml import etree

    PARSER = etree.XMLParser(resolve_entities=True)


    class FeedError(ValueError):
        pass


    def items(payload: bytes) -> list:
        """(title, price) of each item of an RSS-like feed."""
        root = etree.fromstring(payload, PARSER)
        if root.tag != "rss":
            raise FeedError("not a feed")
        channel = root.find("channel")
        out = []
        for node in channel.iterfind("item") if channel is not None else ():
            if not node.get("id"):
                continue
            try:
                price = float(node.findtext("price") or "0")
            except ValueError:
                raise FeedError("bad price") from None
            out.append((node.findtext("title"), price))
        return out
'''


def test_xml_documents_nest_the_names_the_code_looks_for_and_hold_the_entity_one_element_at_a_time(
    tmp_path: Path,
) -> None:
    # the entity must reach title through rss > channel > item, on an item with an id, while price stays a number
    internal = NESTED_FEED.replace("resolve_entities=True", 'resolve_entities="internal"')
    report = _probe(tmp_path, NESTED_FEED, "PARSER =", [611], internal=internal)
    assert report.shown == "an external entity reads a local file into the document"
    assert report.results["internal"].status == "blocked"


SAX_FILE = '''
    import xml.sax
    from xml.sax.handler import feature_external_ges


    class Titles(xml.sax.ContentHandler):
        def __init__(self) -> None:
            super().__init__()
            self.text = []

        def characters(self, content: str) -> None:
            self.text.append(content)


    def read_titles(path: str) -> str:
        parser = xml.sax.make_parser()
        parser.setFeature(feature_external_ges, True)
        handler = Titles()
        parser.setContentHandler(handler)
        parser.parse(path)
        return "".join(handler.text)
'''


def test_a_function_given_a_file_name_reads_the_documents_from_disk(tmp_path: Path) -> None:
    off = SAX_FILE.replace("parser.setFeature(feature_external_ges, True)", "parser.setFeature(feature_external_ges, False)")
    report = _probe(tmp_path, SAX_FILE, "setFeature", [611], off=off)
    assert report.shown == "an external entity reads a local file into the document"
    assert report.results["off"].status == "blocked"


PARSER_BESIDE_PATH = '''
    import sqlite3
    from lxml import etree


    class Importer:
        def __init__(self, db_path: str = ":memory:") -> None:
            self.conn = sqlite3.connect(db_path)
            self.parser = etree.XMLParser(resolve_entities=True)

        def title(self, document: bytes) -> str:
            return etree.fromstring(document, self.parser).findtext("title") or ""
'''


def test_a_parser_stored_by_a_constructor_with_inputs_is_probed_through_its_users(tmp_path: Path) -> None:
    internal = PARSER_BESIDE_PATH.replace("resolve_entities=True", 'resolve_entities="internal"')
    report = _probe(tmp_path, PARSER_BESIDE_PATH, "self.parser =", [611], internal=internal)
    assert report.shown == "an external entity reads a local file into the document"
    assert report.results["internal"].status == "blocked"


NESTED_QUANTIFIERS = '''
    import re
    from dataclasses import dataclass

    HANDLE = re.compile(r"^([a-z0-9]+-?)+$")
    EMAIL = re.compile(r"^([a-z0-9]+[._-]?)+@example[.]com$")


    @dataclass
    class Form:
        handle: str
        email: str

        def problems(self) -> list:
            out = []
            if not HANDLE.match(self.handle):
                out.append("handle")
            if not EMAIL.match(self.email):
                out.append("email")
            return out
'''


def test_catastrophic_backtracking_shows_as_time_that_multiplies_with_the_input(tmp_path: Path) -> None:
    handle = NESTED_QUANTIFIERS.replace(r'r"^([a-z0-9]+-?)+$"', r'r"^[a-z0-9]+(?:-[a-z0-9]+)*-?$"')
    both = handle.replace(r'r"^([a-z0-9]+[._-]?)+@example[.]com$"', r'r"^[a-z0-9]+(?:[._-][a-z0-9]+)*[._-]?@example[.]com$"')
    # the fields of a dataclass carry the payloads to the method that reads them
    report = _probe(tmp_path, NESTED_QUANTIFIERS, "HANDLE =", [1333], handle=handle, both=both)
    assert "catastrophic backtracking" in report.shown
    assert report.results["handle"].status == "exploitable"  # the other pattern still backtracks
    assert report.results["both"].status == "blocked"


USER_PATTERN = '''
    import re

    NOTES = ["Retry with backoff", "Use keyset pagination"]


    def search(term: str) -> list:
        return [n for n in NOTES if re.search(term, n, re.IGNORECASE)]
'''


def test_a_pattern_from_the_caller_must_reach_the_engine_as_plain_text(tmp_path: Path) -> None:
    escaped = USER_PATTERN.replace("re.search(term,", "re.search(re.escape(term),")
    capped = USER_PATTERN.replace("re.search(term,", "re.search(term[:50],")
    report = _probe(tmp_path, USER_PATTERN, "re.search", [1333], escaped=escaped, capped=capped)
    assert report.shown == "the caller's text (a+)+$ is compiled as a regular expression"
    assert report.results["escaped"].status == "blocked"
    assert report.results["capped"].status == "exploitable"  # a short pattern still backtracks


ERROR_HANDLER = '''
    import traceback

    from flask import Flask, jsonify

    app = Flask(__name__)


    @app.get("/ping")
    def ping():
        return jsonify(ok=True)


    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        return jsonify(error="internal error", detail=traceback.format_exc()), 500
'''


def test_a_handler_of_unhandled_errors_is_driven_by_a_route_that_fails(tmp_path: Path) -> None:
    generic = ERROR_HANDLER.replace(', detail=traceback.format_exc()', "")
    message = ERROR_HANDLER.replace('detail=traceback.format_exc()', "detail=str(exc)")
    report = _probe(tmp_path, ERROR_HANDLER, "format_exc", [209], generic=generic, message=message)
    assert report.shown
    assert report.results["generic"].status == "blocked"
    assert report.results["message"].status == "exploitable"  # the database's own message names its file


DJANGO_SQL = '''
    from django.db import connection
    from django.http import JsonResponse


    def member_lookup(request):
        """Members whose name matches the query, as JSON."""
        name = request.GET.get("name", "")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, name FROM members WHERE name = '{name}'")
            rows = cursor.fetchall()
        return JsonResponse({"members": [list(r) for r in rows]})
'''


def test_raw_sql_on_djangos_own_connection_is_recorded(tmp_path: Path) -> None:
    pytest.importorskip("django")
    params = DJANGO_SQL.replace("""f"SELECT id, name FROM members WHERE name = '{name}'")""",
                                """"SELECT id, name FROM members WHERE name = %s", [name])""")
    report = _probe(tmp_path, DJANGO_SQL, "cursor.execute", [89], params=params)
    assert "reaches the SQL text" in report.shown
    assert report.results["params"].status == "blocked"


JWT_CLAIMS = '''
    import os

    import jwt
    from flask import Flask, jsonify, request

    app = Flask(__name__)
    SECRET = os.environ.get("JWT_SECRET", "dev-secret-change-me-0123456789abcdef")


    def current_user(token: str) -> dict:
        """The claims of a session token."""
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False})
        return {"user": claims["sub"], "role": claims.get("role", "user")}


    @app.get("/me")
    def me():
        auth = request.headers.get("Authorization", "")
        try:
            return jsonify(current_user(auth.removeprefix("Bearer ")))
        except jwt.InvalidTokenError:
            return jsonify(error="invalid token"), 401
'''


def test_a_token_decoded_without_verification_is_forged_and_a_verified_decode_blocks_it(tmp_path: Path) -> None:
    pytest.importorskip("jwt")
    verified = JWT_CLAIMS.replace(', options={"verify_signature": False}', "")
    none_too = JWT_CLAIMS.replace('algorithms=["HS256"], options={"verify_signature": False}',
                                  'algorithms=["HS256", "none"]')
    other_key = JWT_CLAIMS.replace('jwt.decode(token, SECRET,', 'jwt.decode(token, "another-key-0123456789abcdef0",')
    other_key = other_key.replace(', options={"verify_signature": False}', "")
    report = _probe(tmp_path, JWT_CLAIMS, "jwt.decode", [347], verified=verified, none_too=none_too,
                    other_key=other_key)
    assert "is accepted by jwt.decode" in report.shown
    assert report.results["verified"].status == "blocked"
    assert report.results["none_too"].status == "blocked"  # PyJWT refuses alg none with a key whatever the list
    # benign tokens are signed with the key the code verifies with: which key is the application's is beyond a run
    assert report.results["other_key"].status == "blocked"


JWT_ENV_KEY = '''
    import os

    import jwt


    def _signing_key() -> str:
        key = os.environ.get("APP_JWT_KEY")
        if not key:
            raise RuntimeError("APP_JWT_KEY is not configured")
        return key


    def read_claims(token: str) -> dict:
        return jwt.decode(token, options={"verify_signature": False})
'''


def test_a_key_the_deployment_supplies_is_set_for_every_version_of_the_jwt_probe(tmp_path: Path) -> None:
    pytest.importorskip("jwt")
    verified = JWT_ENV_KEY.replace('jwt.decode(token, options={"verify_signature": False})',
                                   'jwt.decode(token, _signing_key(), algorithms=["HS256"])')
    report = _probe(tmp_path, JWT_ENV_KEY, "jwt.decode", [347], verified=verified)
    assert "is accepted by jwt.decode" in report.shown
    assert report.results["verified"].status == "blocked", report.results["verified"]


WEBHOOK = '''
    import hashlib
    import hmac
    import os

    SECRET = os.environ.get("WEBHOOK_SECRET", "whsec-0123456789abcdef").encode()


    def signature_ok(body: bytes, signature: str) -> bool:
        """True when signature is the HMAC-SHA256 of body under the shared secret."""
        expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        return expected == signature
'''


def test_a_signature_compared_with_equals_is_shown_and_compare_digest_blocks_it(tmp_path: Path) -> None:
    constant = WEBHOOK.replace("return expected == signature",
                               "return hmac.compare_digest(expected.encode(), signature.encode())")
    text = WEBHOOK.replace("return expected == signature", "return hmac.compare_digest(expected, signature)")
    stripped = WEBHOOK.replace("return expected == signature", "return expected == signature.strip()")
    report = _probe(tmp_path, WEBHOOK, "expected == signature", [208], constant=constant, text=text,
                    stripped=stripped)
    assert "compared with == to a 64-character secret" in report.shown
    assert report.results["constant"].status == "blocked"
    # compare_digest refuses text beyond ASCII, which == compared: a new exception on a benign value
    assert report.results["text"].status == "changed" and "TypeError" in report.results["text"].message
    # a value the code rebuilds (.strip()) no longer records: not shown blocked, so not level `exploit`
    assert report.results["stripped"].status == "unshown"


SALT_PARAMETER = '''
    import hashlib
    import os


    def hash_password(password: str, salt: bytes | None = None) -> str:
        salt = salt or os.urandom(16)
        return salt.hex() + "$" + hashlib.sha1(salt + password.encode()).hexdigest()
'''


def test_a_salt_the_caller_passes_in_may_repeat(tmp_path: Path) -> None:
    pbkdf2 = SALT_PARAMETER.replace('hashlib.sha1(salt + password.encode()).hexdigest()',
                                    'hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000).hex()')
    report = _probe(tmp_path, SALT_PARAMETER, "hashlib.sha1", [916], pbkdf2=pbkdf2)
    assert "sha1 alone" in report.shown
    assert report.results["pbkdf2"].status == "blocked", report.results["pbkdf2"]


CONSTANT_SALT = '''
    import hashlib

    SALT = b"static-app-salt"


    def hash_password(password: str) -> str:
        return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 1000).hex()
'''


def test_a_key_derivation_given_the_same_salt_twice_is_the_exploit(tmp_path: Path) -> None:
    salted = CONSTANT_SALT.replace("import hashlib", "import hashlib\n    import os").replace(
        '        return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 1000).hex()',
        '        salt = os.urandom(16)\n        return "pbkdf2_sha256$" + salt.hex() + "$" + '
        'hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000).hex()')
    report = _probe(tmp_path, CONSTANT_SALT, "pbkdf2_hmac", [760], salted=salted,
                    other_constant=CONSTANT_SALT.replace("static-app-salt", "another-constant"))
    assert "gets the same salt for every password" in report.shown
    assert report.results["salted"].status == "blocked", report.results["salted"]
    assert report.results["other_constant"].status == "exploitable"


FACTORY = '''
    import traceback

    from flask import Flask, jsonify, redirect, request


    def create_app(config: dict | None = None) -> Flask:
        """The application, configured for its environment."""
        app = Flask(__name__)
        app.config.update(config or {})

        @app.get("/logout")
        def logout():
            target = request.args.get("next", "/")
            return redirect(target)

        @app.errorhandler(Exception)
        def unexpected(exc: Exception):
            return jsonify(error="internal error", detail=traceback.format_exc()), 500

        return app
'''


def test_views_an_application_factory_defines_are_driven_through_its_application(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    same_site = FACTORY.replace('            return redirect(target)', '            if not target.startswith("/") or '
                                'target.startswith("//"):\n                target = "/"\n            return redirect(target)')
    report = _probe(tmp_path, FACTORY, "redirect(target)", [601], same_site=same_site)
    assert report.shown and report.results["same_site"].status == "blocked"
    generic = FACTORY.replace(', detail=traceback.format_exc()', "")
    report = _probe(tmp_path, FACTORY, "format_exc", [209], generic=generic)
    assert report.shown and report.results["generic"].status == "blocked"


REPO_FACTORY = '''
    import traceback
    from typing import Protocol

    from flask import Flask, jsonify


    class Store(Protocol):
        def get(self, key: str) -> dict | None: ...


    class MemoryStore:
        def __init__(self, items: dict | None = None) -> None:
            self.items = items or {}

        def get(self, key: str) -> dict | None:
            return self.items.get(key)


    def create_app(store: Store) -> Flask:
        app = Flask(__name__)

        @app.errorhandler(Exception)
        def unexpected(exc: Exception):
            return jsonify(error="internal error", detail=traceback.format_exc()), 500

        return app
'''


def test_a_factory_argument_typed_as_a_protocol_is_built_from_the_module_class_that_implements_it(
        tmp_path: Path) -> None:
    pytest.importorskip("flask")
    generic = REPO_FACTORY.replace(", detail=traceback.format_exc()", "")
    report = _probe(tmp_path, REPO_FACTORY, "format_exc", [209], generic=generic)
    assert report.shown and report.results["generic"].status == "blocked"


def test_a_factory_argument_of_a_plain_type_is_made_in_the_probes_own_folder(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    plain = FACTORY.replace("def create_app(config: dict | None = None)",
                            "def create_app(config: dict, upload_folder: str, secret_key: bytes, retries: int)")
    plain = plain.replace("app.config.update(config or {})",
                          "app.config.update(config, UPLOADS=upload_folder, SECRET_KEY=secret_key)\n"
                          "        assert os.path.isdir(upload_folder) and retries == 1")
    plain = plain.replace("import traceback", "import os\n    import traceback")
    same_site = plain.replace('            return redirect(target)', '            if not target.startswith("/") or '
                              'target.startswith("//"):\n                target = "/"\n            return redirect(target)')
    report = _probe(tmp_path, plain, "redirect(target)", [601], same_site=same_site)
    assert report.shown and report.results["same_site"].status == "blocked", report.results["same_site"]


def test_a_factory_that_needs_arguments_is_reported_not_guessed(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    needs = FACTORY.replace("def create_app(config: dict | None = None)", "def create_app(mailer: SmtpClient)")
    report = _probe(tmp_path, needs, "redirect(target)", [601], same=needs)
    assert not report.shown and report.results["same"].status == "not_probed"
    assert "application factory that needs arguments" in report.results["same"].message


WEAK_KEY = '''
    from pathlib import Path

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    BITS = 1024


    def new_key(folder: str) -> str:
        key = rsa.generate_private_key(public_exponent=65537, key_size=BITS)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        (Path(folder) / "key.pem").write_bytes(pem)
        return "key.pem"
'''


def test_the_key_a_function_generates_is_measured(tmp_path: Path) -> None:
    strong = WEAK_KEY.replace("BITS = 1024", "BITS = 3072")
    other = WEAK_KEY.replace("rsa.generate_private_key(public_exponent=65537, key_size=BITS)",
                             "ec.generate_private_key(ec.SECP256R1())")
    report = _probe(tmp_path, WEAK_KEY, "BITS = 1024", [326], strong=strong, other=other)
    assert report.shown == "generates a 1024-bit RSA key (at least 2048 bits are needed)"
    assert report.results["strong"].status == "blocked"
    assert report.results["other"].status == "changed"  # another kind of key breaks what checks its signatures


HEAD = '''
    def download_head(name: str, size: int) -> bytes:
        lines = ["HTTP/1.1 200 OK", f'Content-Disposition: attachment; filename="{name}"', f"Content-Length: {size}"]
        return ("\\r\\n".join(lines) + "\\r\\n\\r\\n").encode("latin-1")
'''


def test_a_crlf_in_a_header_value_starts_a_header_of_its_own(tmp_path: Path) -> None:
    stripped = HEAD.replace('filename="{name}"', 'filename="{name.replace(chr(13), "").replace(chr(10), "")}"')
    only_cr = HEAD.replace('filename="{name}"', 'filename="{name.replace(chr(13), "")}"')
    report = _probe(tmp_path, HEAD, "Content-Disposition", [113], stripped=stripped, only_cr=only_cr)
    assert "header" in report.shown
    assert report.results["stripped"].status == "blocked"
    assert report.results["only_cr"].status == "exploitable"  # a bare newline still splits the head


XPATH_LOGIN = '''
    from lxml import etree


    def find_user(tree: etree._ElementTree, name: str) -> list:
        return tree.xpath(f"//user[@name='{name}']")


    def role(name: str, path: str = "users.xml") -> str:
        tree = etree.parse(path)
        found = find_user(tree, name)
        return found[0].get("role", "user") if found else ""
'''


def test_a_quote_that_changes_an_xpath_expression_is_shown_through_the_caller_that_builds_the_tree(
    tmp_path: Path,
) -> None:
    bound = XPATH_LOGIN.replace('''tree.xpath(f"//user[@name='{name}']")''', '''tree.xpath("//user[@name=$n]", n=name)''')
    report = _probe(tmp_path, XPATH_LOGIN, "tree.xpath", [643], bound=bound)
    assert "changes the expression's syntax" in report.shown
    assert report.results["bound"].status == "blocked"


HOST_SUFFIX = '''
    from urllib.parse import urlparse

    TRUSTED = "example.com"


    def trusted(url: str) -> bool:
        host = (urlparse(url).hostname or "").lower()
        return host.endswith(TRUSTED)
'''


def test_a_host_that_only_ends_with_the_allowed_domain_must_be_refused(tmp_path: Path) -> None:
    exact = HOST_SUFFIX.replace("host.endswith(TRUSTED)", 'host == TRUSTED or host.endswith("." + TRUSTED)')
    dotted = HOST_SUFFIX.replace("host.endswith(TRUSTED)", 'host.endswith("." + TRUSTED)')
    report = _probe(tmp_path, HOST_SUFFIX, "endswith", [20], exact=exact, dotted=dotted)
    assert report.shown == "evilexample.com passes the check"
    assert report.results["exact"].status == "blocked"
    assert report.results["dotted"].status == "changed"  # the domain itself is refused now


PREFS = '''
    import pickle
    from pathlib import Path


    def load_prefs(folder: str) -> dict:
        path = Path(folder) / ".prefs"
        if not path.exists():
            return {}
        with open(path, "rb") as fh:
            return pickle.load(fh)
'''


def test_a_file_looked_for_before_it_is_read_is_planted_with_content_the_decoder_reads(tmp_path: Path) -> None:
    as_json = PREFS.replace("import pickle", "import json").replace("pickle.load(fh)", "json.load(fh)")
    report = _probe(tmp_path, PREFS, "pickle.load", [502], as_json=as_json)
    assert "resolves" in report.shown  # the pickle planted where the code looks runs os.system
    # the old pickles no longer load: not proof of a break, but no proof of behaviour either
    assert report.results["as_json"].status == "unshown"
    assert "stored format changes" in report.results["as_json"].message


RETRIES = '''
    import time

    import requests


    def rates(base: str) -> dict:
        for attempt in range(4):
            try:
                return requests.get("https://rates.example.com/latest", params={"base": base}).json()
            except requests.ConnectionError:
                time.sleep(5 * (attempt + 1))
        return {}
'''


def test_a_retry_loop_backs_off_without_sleeping_in_the_sandbox(tmp_path: Path) -> None:
    bounded = RETRIES.replace('params={"base": base})', 'params={"base": base}, timeout=10)')
    report = _probe(tmp_path, RETRIES, "requests.get", [400], bounded=bounded)
    assert "without a timeout" in report.shown
    assert report.results["bounded"].status == "blocked"
    assert report.seconds < 15  # 4 × 50 s of back-off, had it slept


THREAD = '''
    from dataclasses import dataclass
    from datetime import datetime
    from typing import Iterable

    from jinja2 import Environment

    _env = Environment(autoescape=False)
    _thread = _env.from_string("{% for c in comments %}<p>{{ c.author }} ({{ c.posted.year }}): {{ c.body }}</p>"
                               "{% endfor %}")


    @dataclass
    class Comment:
        author: str
        body: str
        posted: datetime


    def render(comments: Iterable[Comment]) -> str:
        return _thread.render(comments=sorted(comments, key=lambda c: c.posted))
'''


def test_records_of_the_module_carry_the_payload_and_a_template_made_at_import_is_driven_by_its_user(
    tmp_path: Path,
) -> None:
    escaped = THREAD.replace("Environment(autoescape=False)", "Environment(autoescape=True)")
    report = _probe(tmp_path, THREAD, "_env = Environment", [79], escaped=escaped)
    assert "reaches the HTML unescaped" in report.shown
    assert report.results["escaped"].status == "blocked"


SORT_KEY = '''
    def sort_key(field: str):
        return eval(f"lambda r: r['{field}']")
'''


def test_a_function_built_from_input_is_used_once_so_code_inside_it_runs(tmp_path: Path) -> None:
    getter = "import operator\n" + textwrap.dedent(SORT_KEY).replace(
        "eval(f\"lambda r: r['{field}']\")", "operator.itemgetter(field)")
    closure = SORT_KEY.replace('''eval(f"lambda r: r['{field}']")''', "lambda r: r[field]")
    wrong = SORT_KEY.replace('''eval(f"lambda r: r['{field}']")''', "lambda r: r.get(field, 0)")
    report = _probe(tmp_path, SORT_KEY, "eval(", [95], closure=closure, wrong=wrong, getter=getter)
    assert "starts a process" in report.shown  # a quote in the field closes the string inside the lambda
    assert report.results["closure"].status == "blocked"
    assert report.results["wrong"].status == "changed"  # a missing field no longer raises KeyError
    assert report.results["getter"].status == "blocked"


def test_an_external_dtd_the_parser_fetches_is_an_exploit_too(tmp_path: Path) -> None:
    original = PARSER_IN_INIT.replace("resolve_entities=True", "resolve_entities=True, load_dtd=True")
    internal = original.replace("resolve_entities=True", 'resolve_entities="internal"')
    no_dtd = internal.replace("load_dtd=True", "load_dtd=False")
    report = _probe(tmp_path, original, "self._parser = ", [611], internal=internal, no_dtd=no_dtd)
    assert report.results["internal"].status == "exploitable"  # the DTD's own declarations are expanded
    assert report.results["no_dtd"].status == "blocked"


MARSHAL_CACHE = '''
    import marshal
    import os


    def cached(folder: str):
        path = os.path.join(folder, "cache.bin")
        if not os.path.exists(path):
            return None
        try:
            with open(path, "rb") as fh:
                return marshal.load(fh)
        except (EOFError, ValueError, TypeError):
            return None
'''


def test_a_file_is_planted_in_the_format_of_the_decoder_the_code_calls_and_a_new_format_stays_unshown(
    tmp_path: Path,
) -> None:
    as_json = MARSHAL_CACHE.replace("import marshal", "import json").replace(
        'with open(path, "rb") as fh:', 'with open(path, encoding="utf-8") as fh:').replace(
        "marshal.load(fh)", "json.load(fh)")
    broken = MARSHAL_CACHE.replace("marshal.load(fh)", "marshal.loads(fh)")  # fails, and the except hides it
    report = _probe(tmp_path, MARSHAL_CACHE, "marshal.load", [502], as_json=as_json, broken=broken)
    assert report.results["as_json"].status == "unshown"
    assert "stored format changes" in report.results["as_json"].message
    assert report.results["broken"].status == "changed"  # the marshalled file no longer loads: None


SESSION_CLIENT = '''
    import requests


    class Client:
        def __init__(self, base_url: str) -> None:
            self.base_url = base_url
            self.session = requests.Session()
            self.session.verify = False

        def item(self, sku: str) -> dict:
            return self.session.get(f"{self.base_url}/items/{sku}", timeout=5).json()
'''


def test_an_option_set_on_an_object_the_constructor_keeps_is_seen_through_the_methods_that_use_it(
        tmp_path: Path) -> None:
    fixed = SESSION_CLIENT.replace("self.session.verify = False", "self.session.verify = True")
    report = _probe(tmp_path, SESSION_CLIENT, "verify = False", [295], fixed=fixed)
    assert "verification off" in report.shown and report.results["fixed"].status == "blocked"


JSON_OR_EMPTY = '''
    import requests
    from flask import Flask, jsonify, request

    app = Flask(__name__)


    @app.post("/hook-test")
    def hook_test():
        payload = request.get_json(silent=True) or {}
        url = str(payload.get("url", ""))
        reply = requests.post(url, json={"ping": 1}, timeout=5)
        return jsonify(status=reply.status_code)
'''


def test_a_json_body_read_with_a_fallback_is_an_input_of_the_view(tmp_path: Path) -> None:
    pytest.importorskip("flask")
    report = _probe(tmp_path, JSON_OR_EMPTY, "requests.post", [918], same=JSON_OR_EMPTY)
    assert "169.254.169.254" in report.shown


CATALOGUE = '''
    from lxml import etree


    class Catalogue:
        def __init__(self, xml: bytes) -> None:
            self.root = etree.fromstring(xml)

        def names(self, term: str) -> list:
            return [str(n) for n in self.root.xpath(f"//user[contains(name, '{term}')]/name/text()")]
'''


def test_a_constructor_handed_the_document_gets_one_so_the_query_runs(tmp_path: Path) -> None:
    fixed = CATALOGUE.replace("""self.root.xpath(f"//user[contains(name, '{term}')]/name/text()")""",
                              """self.root.xpath("//user[contains(name, $term)]/name/text()", term=term)""")
    report = _probe(tmp_path, CATALOGUE, "xpath(", [643], fixed=fixed)
    assert "changes the expression's syntax" in report.shown and report.results["fixed"].status == "blocked"


SEEDED = '''
    import random
    import time


    def session_id() -> str:
        rng = random.Random(int(time.time() * 1000))
        return format(rng.getrandbits(128), "032x")
'''


def test_a_generator_the_code_seeds_itself_is_seen_as_the_random_module(tmp_path: Path) -> None:
    fixed = SEEDED.replace("random.Random(int(time.time() * 1000))", "random.SystemRandom()")
    report = _probe(tmp_path, SEEDED, "getrandbits", [338], fixed=fixed)
    assert "random.Random" in report.shown and report.results["fixed"].status == "blocked"


FIXED_IV = '''
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    COLUMN_IV = b"0123456789abcdef"


    def seal(key: bytes, value: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(key), modes.CBC(COLUMN_IV)).encryptor()
        return enc.update(data) + enc.finalize()
'''


def test_a_cipher_given_the_same_iv_twice_or_in_ecb_mode_is_the_exploit(tmp_path: Path) -> None:
    fresh = FIXED_IV.replace("import padding", "import padding\n    import os").replace(
        "        enc = Cipher(algorithms.AES(key), modes.CBC(COLUMN_IV)).encryptor()\n        return enc.update",
        "        iv = os.urandom(16)\n        enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()\n"
        "        return iv + enc.update")
    unaligned = fresh.replace("return iv + enc.update", "return iv[:4] + enc.update")
    ecb = FIXED_IV.replace("modes.CBC(COLUMN_IV)", "modes.ECB()")
    report = _probe(tmp_path, FIXED_IV, "modes.CBC", [329, 1204], fresh=fresh, unaligned=unaligned, ecb=ecb)
    assert report.family == "cipher"
    assert report.shown == "encrypts with AES-CBC and the same IV as the call before (a fixed IV)"
    assert report.results["fresh"].status == "blocked"
    assert report.results["unaligned"].status == "changed"  # whole 16-byte blocks no longer
    assert report.results["ecb"].status == "exploitable"


def test_a_cipher_line_of_a_shared_cwe_goes_to_the_cipher_probe() -> None:
    from aiharden.probe import family_for

    assert family_for([327], "    return Cipher(algorithms.AES(key), modes.ECB())").name == "cipher"
    assert family_for([327], "    return hashlib.md5(data).hexdigest()").name == "hash"
    assert family_for([327]).name == "hash"
    # a key derivation's constant salt (CWE-329/760 of the same rule) stays the hash family's
    assert family_for([329, 760], '    key = hashlib.pbkdf2_hmac("sha256", pw, SALT, 600_000)').name == "hash"
    assert family_for([329, 760], "    enc = self._cipher(COLUMN_IV).encryptor()").name == "cipher"


HOST_LIST = '''
    PARTNERS = ("acme.io", "docs.acme.io")


    def is_partner_link(url: str) -> bool:
        return any(host in url for host in PARTNERS)
'''


def test_a_subdomain_of_another_allowed_domain_is_no_attack(tmp_path: Path) -> None:
    exact = HOST_LIST.replace(
        "return any(host in url for host in PARTNERS)",
        "from urllib.parse import urlsplit\n        name = urlsplit(url if '://' in url else 'http://' + url).hostname or ''\n"
        "        return any(name == h or name.endswith('.' + h) for h in PARTNERS)")
    report = _probe(tmp_path, HOST_LIST, "any(host", [20], exact=exact)
    assert report.family == "hosts" and "passes the check" in report.shown
    assert report.results["exact"].status == "blocked"  # evildocs.acme.io is a subdomain of acme.io: not tried


LINE_COUNT = '''
    import subprocess

    def line_count(path: str) -> int:
        """Lines of a file; -1 when wc fails."""
        result = subprocess.run(f"wc -l {path}", shell=True, capture_output=True, text=True)
        if result.returncode != 0:
            return -1
        return int(result.stdout.split()[0])
'''


def test_a_shell_repair_must_treat_a_failing_command_as_the_original_did(tmp_path: Path) -> None:
    argv = 'subprocess.run(["wc", "-l", path], capture_output=True, text=True'
    report = _probe(tmp_path, LINE_COUNT, "wc -l", [78],
                    good=LINE_COUNT.replace('subprocess.run(f"wc -l {path}", shell=True, capture_output=True, text=True',
                                            argv),
                    checks=LINE_COUNT.replace('subprocess.run(f"wc -l {path}", shell=True, capture_output=True, text=True',
                                              argv + ", check=True"))
    assert report.results["good"].status == "blocked", report.results["good"]
    # with check=True a failing wc raises instead of giving -1: seen only when the fake process exits 1
    assert report.results["checks"].status == "changed"
    assert "CalledProcessError" in report.results["checks"].message


PIPELINE = '''
    import yaml

    def parse(text: str) -> dict:
        """The pipeline document in text."""
        doc = yaml.load(text, Loader=yaml.Loader)
        if not isinstance(doc, dict) or "steps" not in doc:
            raise ValueError("a pipeline needs steps")
        return doc
'''


def test_a_benign_input_refused_another_way_is_a_change(tmp_path: Path) -> None:
    """The probe's documents lack `steps`, so the original refuses them all with ValueError; a rewrite that opens
    the text as a file name refuses them with FileNotFoundError, which no caller of parse() expects."""
    load = "yaml.load(text, Loader=yaml.Loader)"
    report = _probe(tmp_path, PIPELINE, "yaml.load", [502],
                    good=PIPELINE.replace(load, "yaml.safe_load(text)"),
                    opens=PIPELINE.replace(load, "yaml.safe_load(open(text))"))
    assert report.results["good"].status == "blocked", report.results["good"]
    assert report.results["opens"].status == "changed"
    assert "FileNotFoundError" in report.results["opens"].message and "ValueError" in report.results["opens"].message


def test_bytes_a_sink_records_do_not_stop_the_probe(tmp_path: Path) -> None:
    original = SQL.replace("return conn.execute(", "digest = name.encode()\n        return conn.execute(")
    report = _probe(tmp_path, original, "SELECT mail", [89],
                    as_bytes=original.replace("f\"SELECT mail FROM users WHERE name = '{name}'\")",
                                              "digest)"))
    assert report.why_not == "" and report.results["as_bytes"].status != "not_probed", report


COOKIE_PREFS = '''
    import base64
    import pickle

    def encode(prefs: dict) -> str:
        """The cookie value of prefs."""
        return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")

    def decode(value: str) -> dict:
        """The prefs a cookie value holds; {} when it holds none."""
        try:
            stored = pickle.loads(base64.urlsafe_b64decode(value.encode("ascii")))
        except Exception:
            return {}
        return stored if isinstance(stored, dict) else {}
'''


def test_a_reader_changed_without_its_writer_is_not_confirmed(tmp_path: Path) -> None:
    """json.loads where the module still writes pickle: every stored value now reads as {}, which the benign runs
    cannot show (the error is swallowed); both sides together are a format change the tests settle."""
    one_side = COOKIE_PREFS.replace("stored = pickle.loads(", "stored = json.loads(").replace("import pickle", "import json\n    import pickle")
    both = one_side.replace("pickle.dumps(prefs)", "json.dumps(prefs).encode()")
    report = _probe(tmp_path, COOKIE_PREFS, "pickle.loads", [502], one_side=one_side, both=both)
    assert report.results["one_side"].status == "unshown"
    assert "still writes pickle" in report.results["one_side"].message
    assert report.results["both"].status != "unshown" or "still writes" not in report.results["both"].message


TENANT = '''
    import sqlite3

    def count(conn: sqlite3.Connection, table: str) -> int:
        """Rows of one tenant's table."""
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
'''


def test_a_validation_that_refuses_what_the_database_refused_is_not_a_change(tmp_path: Path) -> None:
    checked = TENANT.replace('        return conn.execute(', '''        if not table.isidentifier():
            raise ValueError(f"not an SQL identifier: {table!r}")
        return conn.execute(''')
    report = _probe(tmp_path, TENANT, "SELECT COUNT", [89], checked=checked)
    assert report.results["checked"].status in ("blocked", "unshown"), report.results["checked"]
