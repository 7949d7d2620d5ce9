"""The repaired code behaves like the original on ordinary input and no longer on hostile input.

The original and the repaired module are both executed: SQL against a real sqlite3 database, shell
commands through a real /bin/sh and as argument lists.
"""
from __future__ import annotations

import sqlite3
import string
from types import ModuleType

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

SQL_SOURCE = '''\
import sqlite3


def find(conn: sqlite3.Connection, name: str, min_age: int, term: str) -> list:
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM people WHERE (name = '{name}' AND age >= {min_age}) OR note LIKE '%{term}%' ORDER BY id")
    return cur.fetchall()
'''

SHELL_SOURCE = '''\
import subprocess


def show(first: str, second: str, count: int) -> str:
    return subprocess.run(f"printf '[%s]' {first} --n={count} '{second}'", shell=True, capture_output=True, text=True).stdout
'''

# words a shell leaves alone when unquoted: no spaces, quotes, globs or metacharacters
PLAIN = st.text(alphabet=string.ascii_letters + string.digits + "-_.,:@+=", min_size=1, max_size=12)


def _load(source: str, name: str) -> ModuleType:
    module = ModuleType(name)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 - the code under test
    return module


def _fixed(source: str, rule_id: str, line: int) -> str:
    (fix,) = propose(source, rule_id, (), line, line)
    return apply_edits(source, fix.edits)


SQL_BEFORE = _load(SQL_SOURCE, "sql_before")
SQL_AFTER = _load(_fixed(SQL_SOURCE, "sql-fstring-query", 6), "sql_after")
SHELL_BEFORE = _load(SHELL_SOURCE, "shell_before")
SHELL_AFTER = _load(_fixed(SHELL_SOURCE, "subprocess-shell-true", 5), "shell_after")


def _people() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER, note TEXT)")
    rows = [("ann", 31, "likes tea"), ("bob", 17, "plays chess"), ("cy", 45, "tea and cake"), ("ann", 12, "")]
    conn.executemany("INSERT INTO people (name, age, note) VALUES (?, ?, ?)", rows)
    return conn


def test_sql_fix_is_a_placeholder_query() -> None:
    assert "(name = ? AND age >= ?) OR note LIKE ?" in _fixed(SQL_SOURCE, "sql-fstring-query", 6)


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(["ann", "bob", "cy", "dee"]) | PLAIN,
    min_age=st.integers(-5, 60),
    term=st.sampled_from(["tea", "chess", "", "cake"]) | PLAIN,
)
def test_sql_same_rows_for_ordinary_values(name: str, min_age: int, term: str) -> None:
    conn = _people()
    assert SQL_AFTER.find(conn, name, min_age, term) == SQL_BEFORE.find(conn, name, min_age, term)


def test_sql_quote_in_a_value_no_longer_changes_the_query() -> None:
    conn = _people()
    hostile = "nobody' OR '1'='1"
    assert len(SQL_BEFORE.find(conn, hostile, 0, "zzz")) == 4  # every row: the injection works
    assert SQL_AFTER.find(conn, hostile, 0, "zzz") == []


@settings(max_examples=40, deadline=None)
@given(first=PLAIN, second=PLAIN, count=st.integers(0, 999))
def test_shell_same_output_for_ordinary_words(first: str, second: str, count: int) -> None:
    assert SHELL_AFTER.show(first, second, count) == SHELL_BEFORE.show(first, second, count)


def test_shell_metacharacters_in_a_value_are_one_argument() -> None:
    hostile = "x; echo INJECTED"
    assert "INJECTED" in SHELL_BEFORE.show(hostile, "y", 1).replace("[", " ")
    assert SHELL_AFTER.show(hostile, "y", 1) == "[x; echo INJECTED][--n=1][y]"


ATTACH_SOURCE = '''\
import os


def read_attachment(upload_dir: str, filename: str) -> bytes:
    path = os.path.join(upload_dir, filename)
    with open(path, "rb") as fh:
        return fh.read()
'''


def test_containment_check_keeps_sub_folders_and_refuses_escapes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fixes = {f.name: f for f in propose(ATTACH_SOURCE, "open-joined-param-path", (22,), 6, 6)}
    after = _load(apply_edits(ATTACH_SOURCE, fixes["path-containment-check"].edits), "attach_after")
    uploads = tmp_path / "uploads"
    (uploads / "2024").mkdir(parents=True)
    (uploads / "2024" / "a.txt").write_bytes(b"inside")
    (tmp_path / "secret.env").write_bytes(b"outside")
    assert after.read_attachment(str(uploads), "2024/a.txt") == b"inside"
    for hostile in ("../secret.env", str(tmp_path / "secret.env"), "2024/../../secret.env"):
        try:
            data = after.read_attachment(str(uploads), hostile)
        except PermissionError:
            data = None
        assert data is None, hostile


PREFS_SOURCE = '''\
import pickle


def save(path, prefs):
    with open(path, "wb") as fh:
        pickle.dump(prefs, fh)


def token(prefs):
    return pickle.dumps(prefs)


def load(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def from_token(blob):
    return pickle.loads(blob)
'''


def test_format_change_round_trips_through_the_rewritten_writers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (load_fix,) = propose(PREFS_SOURCE, "pickle-load", (502,), 15, 15)
    after = _load(apply_edits(PREFS_SOURCE, load_fix.edits), "prefs_after")
    prefs = {"theme": "dark", "font": 12, "recent": ["a.py", "b.py"]}
    after.save(tmp_path / "p", prefs)
    assert after.load(tmp_path / "p") == prefs
    assert (tmp_path / "p").read_bytes().startswith(b"{")  # json now, not a pickle
    assert "pickle.loads(blob)" in apply_edits(PREFS_SOURCE, load_fix.edits)  # the other reader is its own finding


PREFIX_SOURCE = '''\
import os


def inside(root: str, name: str) -> bool:
    candidate = os.path.realpath(os.path.join(root, name))
    if not candidate.startswith(os.path.realpath(root)):
        return False
    return True
'''


def test_prefix_check_becomes_a_component_check(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (fix,) = propose(PREFIX_SOURCE, "path-prefix-startswith", (22,), 6, 6)
    fixed = apply_edits(PREFIX_SOURCE, fix.edits)
    assert "os.path.commonpath([os.path.realpath(root), candidate]) != os.path.realpath(root)" in fixed
    before, after = _load(PREFIX_SOURCE, "prefix_before"), _load(fixed, "prefix_after")
    root = tmp_path / "data"
    (root / "sub").mkdir(parents=True)
    (tmp_path / "data-old").mkdir()
    for name in ("sub", "sub/x.txt", "."):
        assert before.inside(str(root), name) and after.inside(str(root), name), name
    assert before.inside(str(root), "../data-old/x")  # the weakness
    assert not after.inside(str(root), "../data-old/x") and not after.inside(str(root), "../../etc")


XXE_SOURCE = '''\
from lxml import etree


def parse(xml: bytes):
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring(xml, parser)
'''


def test_lxml_parser_may_keep_internal_entities_and_refuses_external_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fixes = {f.name: f for f in propose(XXE_SOURCE, "xml-external-entities", (611,), 5, 5)}
    assert set(fixes) == {"xml-no-entities", "xml-internal-entities-only"}
    after = _load(apply_edits(XXE_SOURCE, fixes["xml-internal-entities-only"].edits), "xxe_after")
    secret = tmp_path / "secret.txt"
    secret.write_text("hunter2")
    internal = b'<!DOCTYPE d [<!ENTITY co "ACME">]><d>&co;</d>'
    external = f'<!DOCTYPE d [<!ENTITY s SYSTEM "file://{secret}">]><d>&s;</d>'.encode()
    assert after.parse(internal).text == "ACME"
    try:
        text = after.parse(external).text or ""
    except after.etree.XMLSyntaxError:  # lxml refuses the undefined (unloaded) entity
        text = ""
    assert "hunter2" not in text


DTD_SOURCE = XXE_SOURCE.replace("resolve_entities=True", "resolve_entities=True, load_dtd=True, no_network=False")


def test_a_parser_that_keeps_internal_entities_no_longer_fetches_an_external_dtd(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fixes = {f.name: f for f in propose(DTD_SOURCE, "xml-external-entities", (611,), 5, 5)}
    fixed = apply_edits(DTD_SOURCE, fixes["xml-internal-entities-only"].edits)
    assert 'resolve_entities="internal", load_dtd=False, no_network=True' in fixed
    after = _load(fixed, "dtd_after")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY s "hunter2">')
    external = f'<!DOCTYPE d SYSTEM "file://{dtd}"><d>&s;</d>'.encode()
    try:
        text = after.parse(external).text or ""
    except after.etree.XMLSyntaxError:
        text = ""
    assert "hunter2" not in text
    assert after.parse(b'<!DOCTYPE d [<!ENTITY co "ACME">]><d>&co;</d>').text == "ACME"


POPEN_SOURCE = '''\
import os


def words(first: str, second: str) -> list:
    with os.popen(f"printf '%s\\\\n' {first} '{second}' 2>/dev/null") as pipe:
        return [line.strip() for line in pipe]
'''


@settings(max_examples=25, deadline=None)
@given(PLAIN, PLAIN)
def test_popen_pipe_becomes_the_same_output_without_a_shell(first: str, second: str) -> None:
    assert POPEN_AFTER.words(first, second) == POPEN_BEFORE.words(first, second) == [first, second]


def test_popen_pipe_no_longer_runs_shell_syntax(tmp_path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "owned"
    assert POPEN_AFTER.words("a", f"'; touch {marker}; '") == ["a", f"'; touch {marker}; '"]
    assert not marker.exists()


POPEN_BEFORE = _load(POPEN_SOURCE, "popen_before")
POPEN_AFTER = _load(_fixed(POPEN_SOURCE, "os-popen-call", 5), "popen_after")


IN_SOURCE = '''\
import sqlite3


def tags(conn: sqlite3.Connection, ids: list) -> list:
    id_list = ", ".join(f"'{i}'" for i in ids)
    sql = f"SELECT id, tag FROM tags WHERE id IN ({id_list}) ORDER BY id, tag"
    return conn.execute(sql).fetchall()
'''


def test_in_list_gets_one_placeholder_per_item() -> None:
    (fix,) = propose(IN_SOURCE, "sql-fstring-query", (89,), 7, 7)
    fixed = apply_edits(IN_SOURCE, fix.edits)
    assert 'id_list = ", ".join("?" for _ in ids)' in fixed and "conn.execute(sql, tuple(ids))" in fixed
    before, after = _load(IN_SOURCE, "in_before"), _load(fixed, "in_after")
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE tags (id TEXT, tag TEXT)")
    conn.executemany("INSERT INTO tags VALUES (?, ?)", [("a", "x"), ("b", "y"), ("c", "z"), ("o'k", "q")])
    assert after.tags(conn, ["a", "c"]) == before.tags(conn, ["a", "c"]) == [("a", "x"), ("c", "z")]
    assert after.tags(conn, ["o'k"]) == [("o'k", "q")]  # the original breaks on the quote
    assert after.tags(conn, ["x') OR 1=1 --"]) == []
    assert len(before.tags(conn, ["x') OR 1=1 --"])) == 4  # the weakness


ORDER_SOURCE = '''\
import sqlite3


def people(conn: sqlite3.Connection, sort_by: str, descending: bool) -> list:
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT name FROM people ORDER BY {sort_by} {direction}, id"
    return [r[0] for r in conn.execute(sql).fetchall()]
'''


def test_identifier_slot_gets_an_identifier_check() -> None:
    (fix,) = propose(ORDER_SOURCE, "sql-fstring-query", (89,), 7, 7)
    fixed = apply_edits(ORDER_SOURCE, fix.edits)
    assert fix.name == "sql-identifier-check" and "direction)" not in fixed  # the literal choice needs no check
    before, after = _load(ORDER_SOURCE, "order_before"), _load(fixed, "order_after")
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)")
    conn.executemany("INSERT INTO people (name, age) VALUES (?, ?)", [("b", 30), ("a", 40)])
    assert after.people(conn, "name", False) == before.people(conn, "name", False) == ["a", "b"]
    assert after.people(conn, "age", True) == ["a", "b"]
    hostile = "(CASE WHEN (SELECT 1) = 1 THEN age ELSE name END)"
    before.people(conn, hostile, False)  # the weakness: any expression runs
    try:
        after.people(conn, hostile, False)
        raise AssertionError("accepted an expression as a column name")
    except ValueError:
        pass


HELPER_PATH_SOURCE = '''\
import os

from flask import Flask, send_file, request

app = Flask(__name__)
ROOT = {root!r}


def {helper}(owner: str, name: str) -> str:
    folder = os.path.join(ROOT, owner)
    return os.path.join(folder, name)


@app.route("/files")
def files():
    return send_file({helper}(request.args["owner"], request.args["name"]))
'''


@given(helper=st.sampled_from(["locate", "_path_for", "storage_file"]))
@settings(max_examples=3, deadline=None)
def test_a_path_a_helper_builds_is_checked_there_part_by_part(tmp_path_factory, helper: str) -> None:  # type: ignore[no-untyped-def]
    from aiharden.scan import scan_texts

    root = tmp_path_factory.mktemp("store")
    (root / "alice" / "sub").mkdir(parents=True)
    (root / "alice" / "sub" / "a.txt").write_text("alice's")
    (root / "bob").mkdir()
    (root / "bob" / "b.txt").write_text("bob's")
    (root.parent / "secret.env").write_text("outside")
    source = HELPER_PATH_SOURCE.format(root=str(root), helper=helper)
    (finding,) = [f for f in scan_texts({"app.py": source}).findings if 22 in f.cwe]
    fixes = {f.name: f for f in propose(source, finding.rule_id, finding.cwe, finding.region.start_line,
                                        finding.region.end_line)}
    fixed = apply_edits(source, fixes["path-containment-check"].edits)
    assert [f for f in scan_texts({"app.py": fixed}).findings if 22 in f.cwe] == []
    client = _load(fixed, "helper_after").app.test_client()
    assert client.get("/files", query_string={"owner": "alice", "name": "sub/a.txt"}).data == b"alice's"
    for owner, name in (("..", "secret.env"), ("alice", "../bob/b.txt"), ("alice", str(root / "bob" / "b.txt"))):
        reply = client.get("/files", query_string={"owner": owner, "name": name})
        assert reply.status_code == 404, (owner, name)
