"""SQL built over several statements, judged on a real sqlite database: the rewrite returns the same rows for
ordinary input and treats hostile input as data, whatever the names, the conditions and the formatting."""
from __future__ import annotations

import ast
import sqlite3
import types

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import propose
from aiharden.repair.edits import apply_edits

SQL_NAMES = st.sampled_from(["sql", "query", "stmt", "q"])
FUNCS = st.sampled_from(["find", "search_rows", "lookup"])
FIRST = st.sampled_from([
    "\"SELECT name FROM items WHERE owner = '%s'\" % owner",
    "f\"SELECT name FROM items WHERE owner = '{owner}'\"",
    "\"SELECT name FROM items WHERE owner = '{}'\".format(owner)",
    "\"SELECT name FROM items WHERE owner = '\" + owner + \"'\"",
])
MORE = st.sampled_from([
    "{s} += \" AND colour = '%s'\" % colour",
    "{s} += f\" AND colour = '{{colour}}'\"",
    "{s} = {s} + \" AND colour = '\" + colour + \"'\"",
])


def _source(s: str, fn: str, first: str, more: str, params_taken: bool) -> str:
    taken = "    params = None\n" if params_taken else ""
    return (
        "import sqlite3\n\n\n"
        f"def {fn}(conn: sqlite3.Connection, owner: str, colour: str = '') -> list:\n"
        f"{taken}"
        f"    {s} = {first}\n"
        "    if colour:\n"
        f"        {more.format(s=s)}\n"
        f"    {s} += \" ORDER BY name\"\n"
        f"    return [r[0] for r in conn.execute({s}).fetchall()]\n"
    )


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE items (name TEXT, owner TEXT, colour TEXT)")
    conn.executemany("INSERT INTO items VALUES (?, ?, ?)",
                     [("cup", "ann", "red"), ("pen", "ann", "blue"), ("hat", "bob", "red")])
    return conn


def _load(source: str) -> types.ModuleType:
    module = types.ModuleType("rewritten")
    exec(compile(source, "rewritten.py", "exec"), module.__dict__)  # noqa: S102 - the test's own fixture code
    return module


@given(s=SQL_NAMES, fn=FUNCS, first=FIRST, more=MORE, params_taken=st.booleans())
@settings(max_examples=30, deadline=None)
def test_pieces_become_placeholders_and_one_parameter_list(
    s: str, fn: str, first: str, more: str, params_taken: bool
) -> None:
    source = _source(s, fn, first, more, params_taken)
    line = next(i for i, text in enumerate(source.splitlines(), 1) if "owner" in text and f"{s} =" in text)
    fixes = [f for f in propose(source, "sql-fstring-query", (89,), line, line) if "pieces" in f.name]
    assert fixes, source
    fixed = apply_edits(source, fixes[0].edits)
    ast.parse(fixed)
    before, after = getattr(_load(source), fn), getattr(_load(fixed), fn)
    conn = _db()
    for owner, colour in [("ann", ""), ("ann", "red"), ("bob", "red"), ("nobody", "")]:
        assert after(conn, owner, colour) == before(conn, owner, colour)
    assert after(conn, "x' OR '1'='1", "") == []
    assert after(conn, "ann", "x' OR '1'='1") == []


def test_a_piece_that_names_a_column_is_not_parameterised() -> None:
    source = (
        "def find(conn, owner, order):\n"
        "    sql = \"SELECT name FROM items WHERE owner = '%s'\" % owner\n"
        "    sql += \" ORDER BY %s\" % order\n"
        "    return conn.execute(sql).fetchall()\n"
    )
    assert not [f for f in propose(source, "sql-fstring-query", (89,), 2, 2) if "pieces" in f.name]


@given(helper=st.sampled_from(["_run", "_query", "fetch_all"]), threaded=st.booleans(), pieces=st.booleans())
@settings(max_examples=12, deadline=None)
def test_sql_run_by_a_helper_gets_its_parameters_through_the_helper(helper: str, threaded: bool, pieces: bool) -> None:
    run = f"asyncio.run(asyncio.to_thread(self.{helper}, sql))" if threaded else f"self.{helper}(sql)"
    more = "        if colour:\n            sql += \" AND colour = '%s'\" % colour\n" if pieces else ""
    source = (
        "import asyncio\nimport sqlite3\n\n\n"
        "class Items:\n"
        "    def __init__(self, conn: sqlite3.Connection) -> None:\n"
        "        self.conn = conn\n\n"
        f"    def {helper}(self, sql: str) -> list:\n"
        "        return [r[0] for r in self.conn.execute(sql).fetchall()]\n\n"
        "    def find(self, owner: str, colour: str = '') -> list:\n"
        "        sql = \"SELECT name FROM items WHERE owner = '%s'\" % owner\n"
        f"{more}"
        f"        return sorted({run})\n"
    )
    fixes = [f for f in propose(source, "sql-percent-format-query", (89,), 13, 13) if "sql-parameterize-" in f.name]
    assert fixes, source
    fixed = apply_edits(source, fixes[0].edits)
    ast.parse(fixed)
    before, after = _load(source).Items, _load(fixed).Items
    conn = sqlite3.connect(":memory:", check_same_thread=False)  # to_thread runs the helper in another thread
    conn.execute("CREATE TABLE items (name TEXT, owner TEXT, colour TEXT)")
    conn.executemany("INSERT INTO items VALUES (?, ?, ?)", [("cup", "ann", "red"), ("pen", "ann", "blue")])
    for owner, colour in [("ann", ""), ("ann", "red"), ("bob", "")]:
        assert after(conn).find(owner, colour) == before(conn).find(owner, colour)
    assert after(conn).find("x' OR '1'='1") == []
    assert after(conn).find("ann", "x' OR '1'='1") == ([] if pieces else ["cup", "pen"])
