"""Codemods: the shared checks, the cases that must get no fix, and robustness on odd input.

The per-family tables live in test_codemods_{sql,shell,swaps,web}.py and use assert_fix from here.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Sequence

import pytest

from aiharden.repair.codemods import CodemodFix
from aiharden.repair.codemods import propose
from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits


def flagged(source: str, needle: str, span: int = 1) -> tuple[int, int]:
    """The finding's lines: the first line containing needle, and span lines from there."""
    start = next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)
    return start, start + span - 1


def _statement_spans(source: str) -> set[tuple[int, int]]:
    """(first, last) lines of every statement; a compound statement may also end before its body."""
    spans: set[tuple[int, int]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt):
            assert node.end_lineno is not None
            spans.add((node.lineno, node.end_lineno))
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                spans.update((node.lineno, e) for e in range(node.lineno, body[0].lineno))
    return spans


def _enclosing_function(source: str, line: int) -> tuple[int, int]:
    best = (1, source.count("\n") + 1)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
            if node.lineno <= line <= node.end_lineno and node.lineno >= best[0]:
                best = (node.lineno, node.end_lineno)
    return best


def assert_statement_edits(source: str, edits: Sequence[Edit], start: int, end: int) -> None:
    """Whole statements only (at most two), plus at most one inserted `import x` line."""
    inserts = [e for e in edits if e.end_line == e.start_line - 1]
    changes = [e for e in edits if e.end_line >= e.start_line]
    assert len(inserts) <= 1 and 1 <= len(changes) - sum("json.dumps(" in e.text for e in changes) <= 2, edits
    for e in inserts:
        assert re.fullmatch(r"import [\w.]+\n", e.text), e
    spans = _statement_spans(source)
    for e in changes:
        assert (e.start_line, e.end_line) in spans, f"{e} is not a statement's lines"
    # the flagged statement, or the assignment it reads, in the same function; a format change also
    # rewrites the file's writers of that format (json.dumps), or what it saves would no longer load
    lo, hi = _enclosing_function(source, start)
    outside = [e for e in changes if not (lo <= e.start_line and e.end_line <= hi)]
    assert all("json.dumps(" in e.text for e in outside), "edit outside the flagged function"
    assert any(e.start_line <= end for e in changes), "edit after the flagged lines only"


def _lines_in_fixed(edits: Sequence[Edit]) -> tuple[int, int]:
    shift, lo, hi = 0, 0, 0
    for e in sorted(edits, key=lambda e: e.start_line):
        n = e.text.count("\n")
        if e.end_line < e.start_line:
            shift += n
            continue
        s = e.start_line + shift
        lo, hi = lo or s, s + n - 1
        shift += n - (e.end_line - e.start_line + 1)
    return lo, hi


def assert_fix(
    source: str, rule_id: str, cwe: Sequence[int], needle: str, span: int, name: str, expected: str
) -> CodemodFix:
    start, end = flagged(source, needle, span)
    fixes = propose(source, rule_id, cwe, start, end)
    assert fixes, "no codemod proposed"
    fix = fixes[0]
    fixed = apply_edits(source, fix.edits)
    assert fixed == expected
    assert fix.name == name
    ast.parse(fixed)
    assert_statement_edits(source, fix.edits, start, end)
    # a fixed statement is a fixed point: the same codemod has nothing left to do there
    lo, hi = _lines_in_fixed(fix.edits)
    assert name not in [f.name for f in propose(fixed, rule_id, cwe, lo, hi)]
    return fix


EVERY_CWE = (89, 78, 502, 95, 327, 328, 330, 338, 295, 377, 732, 79, 489, 215, 22, 400, 259, 798, 321, 117, 209, 497, 611)

NO_FIX = [
    pytest.param(
        "sql-fstring-query",
        '''\
def fetch(cursor, table: str, user_id: int):
    cursor.execute(f"SELECT * FROM {table} WHERE id = {user_id}")
''',
        "cursor.execute(",
        id="cwe-89-table-name-interpolated",
    ),
    pytest.param(
        "sql-fstring-query",
        '''\
import sqlite3


def listing(conn: sqlite3.Connection, owner: str, sort: str):
    return conn.execute(f"SELECT * FROM notes WHERE owner = '{owner}' ORDER BY {sort}").fetchall()
''',
        "conn.execute(",
        id="cwe-89-order-by-interpolated",
    ),
    pytest.param(
        "sql-fstring-query",
        '''\
import sqlite3


def by_column(conn: sqlite3.Connection, column: str, value: str):
    return conn.execute(f"SELECT * FROM t WHERE {column} = '{value}'").fetchall()
''',
        "conn.execute(",
        id="cwe-89-column-interpolated",
    ),
    pytest.param(
        "subprocess-shell-true",
        '''\
import subprocess


def count_errors(log_file: str) -> str:
    return subprocess.check_output(f"cat {log_file} | grep ERROR | wc -l", shell=True, text=True)
''',
        "subprocess.check_output(",
        id="cwe-78-shell-pipe",
    ),
    pytest.param(
        "os-system-call",
        '''\
import os


def save_listing(folder: str) -> None:
    os.system(f"ls {folder} > /tmp/listing.txt")
''',
        "os.system(",
        id="cwe-78-shell-redirect",
    ),
    pytest.param(
        "B605",
        '''\
import os


def whoami(target: str) -> None:
    os.system(f"echo $(whoami) {target}")
''',
        "os.system(",
        id="cwe-78-command-substitution",
    ),
    pytest.param(
        "subprocess-shell-true",
        '''\
import subprocess


def clean(pattern: str) -> None:
    subprocess.run(f"rm -f /tmp/{pattern}*.log", shell=True)
''',
        "subprocess.run(",
        id="cwe-78-glob",
    ),
    pytest.param(
        "exec-call",
        '''\
def run_snippet(code: str) -> None:
    exec(code)
''',
        "exec(",
        id="cwe-95-exec-no-codemod",
    ),
    pytest.param(
        "some-unknown-rule",
        '''\
import yaml


def parse(text: str):
    return yaml.load(text)
''',
        "yaml.load",
        id="unknown-rule-unknown-cwe",
    ),
    pytest.param(
        "yaml-unsafe-load",
        '''\
import yaml


def parse(text: str):
    return yaml.load(text, Loader=yaml.SafeLoader)
''',
        "yaml.load",
        id="cwe-502-already-safe-loader",
    ),
]


@pytest.mark.parametrize(("rule_id", "source", "needle"), NO_FIX)
def test_no_fix(rule_id: str, source: str, needle: str) -> None:
    start, end = flagged(source, needle)
    assert propose(source, rule_id, (), start, end) == []


def test_region_on_a_blank_line_gives_no_fix() -> None:
    source = "import yaml\n\n\ndef parse(text: str):\n\n    return yaml.load(text)\n"
    assert propose(source, "yaml-unsafe-load", (502,), 5, 5) == []
    assert propose(source, "yaml-unsafe-load", (502,), 2, 3) == []
    assert [f.name for f in propose(source, "yaml-unsafe-load", (502,), 6, 6)] == ["yaml-safe-load"]


def test_unparsable_source_gives_no_fix() -> None:
    source = "import yaml\n\ndef parse(text:\n    return yaml.load(text)\n"
    assert propose(source, "yaml-unsafe-load", (502,), 4, 4) == []


@pytest.mark.parametrize(("start", "end"), [(0, 0), (5, 3), (40, 41), (-2, 1)])
def test_region_outside_the_file_gives_no_fix(start: int, end: int) -> None:
    source = "import yaml\n\n\ndef parse(text):\n    return yaml.load(text)\n"
    assert propose(source, "yaml-unsafe-load", (502,), start, end) == []


def test_rule_id_with_config_prefix_and_cwe_fallback() -> None:
    source = "import yaml\n\n\ndef parse(text):\n    return yaml.load(text)\n"
    by_prefix = propose(source, "hook.aiharden.rules.python.yaml-unsafe-load", (), 5, 5)
    by_cwe = propose(source, "vendor-rule", (502,), 5, 5)
    assert [f.name for f in by_prefix] == [f.name for f in by_cwe] == ["yaml-safe-load"]
    assert by_prefix[0].edits == by_cwe[0].edits


def test_sql_paramstyle_unknown_driver_offers_both_then_argument_decides() -> None:
    source = 'def get(cur, uid):\n    cur.execute(f"SELECT * FROM t WHERE id = {uid}")\n'
    both = propose(source, "sql-fstring-query", (89,), 2, 2)
    assert [f.name for f in both] == ["sql-parameterize-qmark", "sql-parameterize-format"]
    assert "WHERE id = ?" in both[0].edits[0].text and "WHERE id = %s" in both[1].edits[0].text
    chosen = propose(source, "sql-fstring-query", (89,), 2, 2, paramstyle="format")
    assert [f.name for f in chosen] == ["sql-parameterize"]
    assert chosen[0].edits == both[1].edits


def test_import_goes_after_docstring_and_future_import_and_is_not_duplicated() -> None:
    source = '''\
#!/usr/bin/env python3
"""Tool."""
from __future__ import annotations

import json


def parse(raw: str) -> object:
    return eval(raw)
'''
    fix, _ = propose(source, "eval-call", (95,), 9, 9)  # literal_eval, then the arithmetic evaluator
    fixed = apply_edits(source, fix.edits)
    assert fixed.splitlines()[:6] == [
        "#!/usr/bin/env python3",
        '"""Tool."""',
        "from __future__ import annotations",
        "",
        "import json",
        "import ast",
    ]
    again = source.replace("import json\n", "import ast\nimport json\n")
    fix2, _ = propose(again, "eval-call", (95,), 10, 10)
    assert len(fix2.edits) == 1 and fix2.edits[0].text == "    return ast.literal_eval(raw)\n"


def test_module_without_imports_gets_import_at_top() -> None:
    source = "def token():\n    import random\n    return random.random()\n"
    (fix,) = propose(source, "B311", (330,), 3, 3)
    assert apply_edits(source, fix.edits) == (
        "import secrets\ndef token():\n    import random\n    return secrets.SystemRandom().random()\n"
    )


def test_markup_offers_escape_around_each_value_as_second_candidate() -> None:
    source = 'from markupsafe import Markup\n\n\ndef link(url, text):\n    return Markup("<a href=\'%s\'>%s</a>" % (url, text))\n'
    fixes = propose(source, "markup-from-format", (79,), 5, 5)
    assert [(f.name, f.edits[-1].text) for f in fixes][:2] == [
        ("markup-format", "    return Markup(\"<a href='{}'>{}</a>\").format(url, text)\n"),
        ("markup-escape", "    return Markup(\"<a href='%s'>%s</a>\" % (markupsafe.escape(url), markupsafe.escape(text)))\n"),
    ]
    assert fixes[1].edits[0] == Edit(2, 1, "import markupsafe\n")


def test_chmod_offers_narrower_modes_other_users_bits_first() -> None:
    source = "import os\n\nos.chmod('/srv/app.sock', 0o777)\n"
    fixes = propose(source, "B103", (732,), 3, 3)
    assert [(f.name, f.edits[0].text) for f in fixes] == [
        ("chmod-drop-world", "os.chmod('/srv/app.sock', 0o770)\n"),
        ("chmod-drop-world-write", "os.chmod('/srv/app.sock', 0o775)\n"),
        ("chmod-drop-group-other-write", "os.chmod('/srv/app.sock', 0o755)\n"),
        ("chmod-owner-only", "os.chmod('/srv/app.sock', 0o700)\n"),
    ]


def test_every_line_of_every_case_is_safe_to_ask_about() -> None:
    """Whatever line a finding points at, propose never raises and every fix it returns parses."""
    from test_codemods_shell import SHELL
    from test_codemods_sql import SQL
    from test_codemods_swaps import SWAPS
    from test_codemods_web import WEB

    asked = 0
    for param in [*SQL, *SHELL, *SWAPS, *WEB, *NO_FIX]:
        source = param.values[4 if len(param.values) == 7 else 1]
        assert isinstance(source, str)
        for line in range(1, source.count("\n") + 2):
            # an unknown rule with every CWE the codemods know asks every family at once
            for fix in propose(source, "unknown", EVERY_CWE, line, line):
                ast.parse(apply_edits(source, fix.edits))
            asked += 1
    assert asked > 400


def test_libcst_is_not_imported_with_the_package() -> None:
    code = "import sys, aiharden.repair.codemods as c; print('libcst' in sys.modules, c.CodemodFix.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "CodemodFix"]


def test_crlf_file_keeps_its_line_endings() -> None:
    source = "import yaml\r\n\r\n\r\ndef load(text):\r\n    return yaml.load(text)\r\n"
    (fix,) = propose(source, "yaml-unsafe-load", (502,), 5, 5)
    assert apply_edits(source, fix.edits) == source.replace("yaml.load", "yaml.safe_load")
    fix, _ = propose(source.replace("yaml.load", "eval"), "eval-call", (95,), 5, 5)
    assert apply_edits(source.replace("yaml.load", "eval"), fix.edits).splitlines(keepends=True)[1] == "import ast\r\n"


def test_form_feed_in_file_gives_no_fix_rather_than_a_misplaced_one() -> None:
    # str.splitlines (which line edits use) breaks at a form feed; the parser and the engines do not
    source = "import yaml\n\x0c\ndef load(text):\n    return yaml.load(text)\n"
    assert propose(source, "yaml-unsafe-load", (502,), 4, 4) == []


def test_large_file_is_fixed_quickly_and_only_at_the_flagged_statement() -> None:
    import time

    filler = "".join(f"\n\ndef helper_{i}(value: int) -> int:\n    return value + {i}\n" for i in range(2000))
    source = "import sqlite3\n" + filler + '\n\ndef get(conn, uid):\n    conn.execute(f"DELETE FROM t WHERE id = {uid}")\n'
    line = source.count("\n")
    began = time.perf_counter()
    (fix,) = propose(source, "sql-fstring-query", (89,), line, line)
    elapsed = time.perf_counter() - began
    assert fix.edits == (Edit(line, line, '    conn.execute("DELETE FROM t WHERE id = ?", (uid,))\n'),)
    assert elapsed < 5.0, f"{elapsed:.1f} s for a {line}-line file"


def test_verification_turned_off_in_a_dict_of_client_options_is_turned_back_on() -> None:
    source = ('import httpx\n\n\ndef client(key):\n    options = {\n        "headers": {"X-Api-Key": key},\n'
              '        "verify": False,\n    }\n    return httpx.AsyncClient(**options)\n')
    (fix,) = propose(source, "requests-verify-false", (295,), 7, 7)
    assert '"verify": True,' in apply_edits(source, fix.edits)
