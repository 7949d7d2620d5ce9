"""ReDoS (CWE-1333): ambiguous repeated groups → an equivalent regex with one way to match, or no fix."""
from __future__ import annotations

import ast
import functools
import itertools
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from aiharden.repair.codemods import regexes
from aiharden.repair.codemods.context import Context
from aiharden.repair.edits import apply_edits
from aiharden.scan import scan_texts
from test_codemods import assert_statement_edits
from test_codemods import flagged

RULE = "regex-nested-quantifier"
ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "bench" / "cases" / "38-regex-redos-email"


def fix(source: str, needle: str) -> str | None:
    """The file after the codemod's first draft for the statement holding needle; None when it proposes none."""
    start, end = flagged(source, needle)
    ctx = Context.build(source, start, end, None)
    assert ctx is not None
    drafts = regexes.propose(ctx)
    if not drafts:
        return None
    assert drafts[0].name == "regex-unambiguous"
    edits = ctx.render(drafts[0])
    assert edits
    assert_statement_edits(source, edits, start, end)
    fixed = apply_edits(source, edits)
    ast.parse(fixed)
    again = Context.build(fixed, start, end, None)
    assert again is not None and regexes.propose(again) == [], "the fixed statement is not a fixed point"
    return fixed


def literal(fixed: str, name: str = "R") -> str | bytes:
    for node in ast.walk(ast.parse(fixed)):
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == name:
            assert isinstance(node.value, ast.Call) and isinstance(node.value.args[0], ast.Constant)
            value = node.value.args[0].value
            assert isinstance(value, (str, bytes))
            return value
    raise AssertionError(f"no {name} = re.compile(...)")


def rule_hits(texts: dict[str, str]) -> list[str]:
    return sorted(f.path for f in scan_texts(texts, engines=("semgrep",)).findings if f.rule_id == RULE)


X, Y = "[a-c]", r"\."
SHAPES = [
    (rf"({X}+)+", rf"{X}+"),
    (rf"({X}+)*", rf"{X}*"),
    (rf"({X}*)+", rf"{X}*"),
    (rf"({X}*)*", rf"{X}*"),
    (rf"({X}+{Y}?)+", rf"{X}+(?:{Y}{X}+)*{Y}?"),
    (rf"({X}+{Y}?)*", rf"(?:{X}+(?:{Y}{X}+)*{Y}?)?"),
    (rf"({X}+{Y}*)+", rf"{X}(?:{X}|{Y})*"),
    (rf"({X}+{Y}*)*", rf"(?:{X}(?:{X}|{Y})*)?"),
    (rf"({X}+{Y}+)+", rf"{X}(?:{X}|{Y})*{Y}"),
    (rf"({X}+{Y}+)*", rf"(?:{X}(?:{X}|{Y})*{Y})?"),
    (rf"({X}*{Y}?)+", rf"(?:{X}|{Y})*"),
    (rf"({X}*{Y}?)*", rf"(?:{X}|{Y})*"),
    (rf"({X}*{Y}*)+", rf"(?:{X}|{Y})*"),
    (rf"({X}*{Y}*)*", rf"(?:{X}|{Y})*"),
    (rf"({X}*{Y}+)+", rf"(?:{X}|{Y})*{Y}"),
    (rf"({X}*{Y}+)*", rf"(?:(?:{X}|{Y})*{Y})?"),
]


def _compiled(pattern: str) -> str:
    return f'import re\n\nR = re.compile(r"{pattern}")\n'


@pytest.mark.parametrize(("old", "new"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape_rewritten(old: str, new: str) -> None:
    assert fix(_compiled(old), "re.compile(") == _compiled(new)


def test_every_shape_is_flagged_before_and_clean_after() -> None:
    before = {f"m{i}.py": _compiled(f"^{old}$") for i, (old, _) in enumerate(SHAPES)}
    after = {f"m{i}.py": _compiled(f"^{new}$") for i, (_, new) in enumerate(SHAPES)}
    assert rule_hits(before) == sorted(before)
    assert rule_hits(after) == []


def _first_end(pattern: str, text: str, allowed: tuple[int, ...]) -> int | None:
    """Where the first match attempt in the engine's order ends, among the allowed end positions."""
    at = "|".join(f"(?<=^.{{{k}}})" for k in allowed)
    m = re.match(f"(?:{pattern})(?:{at})", text, re.DOTALL)
    return m.end() if m else None


@pytest.mark.parametrize(("old", "new"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape_keeps_language_and_match_order(old: str, new: str) -> None:
    # a matches X only, "." Y only, "!" neither: with disjoint atoms every input is a word over these three.
    # Same first end among any two allowed ends means the same order of tries, so the same match in any context.
    for n in range(7):
        for text in map("".join, itertools.product("a.!", repeat=n)):
            assert (re.fullmatch(old, text) is None) == (re.fullmatch(new, text) is None), text
            for pair in itertools.combinations_with_replacement(range(n + 1), 2):
                assert _first_end(old, text, pair) == _first_end(new, text, pair), (text, pair)
            assert [m.span() for m in re.finditer(old, text)] == [m.span() for m in re.finditer(new, text)], text
            assert re.sub(old, "<>", text) == re.sub(new, "<>", text), text


def test_benchmark_case() -> None:
    source = (CASE / "app.py").read_text(encoding="utf-8")
    fixed = fix(source, "EMAIL_RE = re.compile(")
    assert fixed is not None
    assert (
        'EMAIL_RE = re.compile(r"^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*[._-]?@[a-zA-Z0-9-]+(\\.[a-zA-Z]{2,})+$")\n'
        in fixed
    )
    assert fixed.replace(fixed.splitlines(True)[6], "") == source.replace(source.splitlines(True)[6], "")
    assert rule_hits({"app.py": source}) == ["app.py"]
    assert scan_texts({"app.py": fixed}).findings == ()


def test_benchmark_case_tests_pass(tmp_path: Path) -> None:
    source = (CASE / "app.py").read_text(encoding="utf-8")
    fixed = fix(source, "EMAIL_RE = re.compile(")
    assert fixed is not None
    case = tmp_path / "case"
    shutil.copytree(CASE, case)
    (case / "app.py").write_text(fixed, encoding="utf-8")
    env = {**os.environ, "CASE_MODULE": "app"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_functional.py", "test_security.py"],
        cwd=case,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@functools.cache
def _email_patterns() -> tuple[str, str]:
    source = (CASE / "app.py").read_text(encoding="utf-8")
    fixed = fix(source, "EMAIL_RE = re.compile(")
    assert fixed is not None
    old, new = literal(source, "EMAIL_RE"), literal(fixed, "EMAIL_RE")
    assert isinstance(old, str) and isinstance(new, str)
    return old, new


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ9._-@!x", max_size=14))
def test_benchmark_regex_same_answers(text: str) -> None:
    old, new = _email_patterns()
    for f in (re.match, re.search, re.fullmatch):
        a, b = f(old, text), f(new, text)
        assert (a and a.group()) == (b and b.group()), (f.__name__, text)


def test_rewritten_regex_is_fast_on_a_near_miss() -> None:
    _, new = _email_patterns()
    started = time.perf_counter()
    assert re.match(new, "a" * 5000 + "!") is None
    assert re.match(new, "a." * 2500 + "!") is None
    assert time.perf_counter() - started < 0.5


def _call_line(source: str) -> str:
    return next(
        line
        for line in source.splitlines()
        if ("re." in line or "compile(" in line) and not line.startswith(("import ", "from "))
    )


SPELLINGS = [
    pytest.param(
        'import re\nR = re.compile("^([a-z]+\\\\.?)+$")\n',
        'import re\nR = re.compile("^[a-z]+(?:\\\\.[a-z]+)*\\\\.?$")\n',
        id="plain-string-escapes-kept",
    ),
    pytest.param(
        "import re\nR = re.compile('^(?:[a-z]+[-]?)+$')\n",
        "import re\nR = re.compile('^[a-z]+(?:[-][a-z]+)*[-]?$')\n",
        id="single-quotes-kept",
    ),
    pytest.param(
        "import re\nR = re.compile(rb'^([a-z]+\\x2d?)+$')\n",
        "import re\nR = re.compile(rb'^[a-z]+(?:\\x2d[a-z]+)*\\x2d?$')\n",
        id="raw-bytes",
    ),
    pytest.param(
        "import re\nR = re.compile(r'^([a-z]+[A-Z]?)+$')\n",
        "import re\nR = re.compile(r'^[a-z]+(?:[A-Z][a-z]+)*[A-Z]?$')\n",
        id="case-sensitive-classes-are-disjoint",
    ),
    pytest.param(
        "from re import compile\nR = compile(r'^([a-z]+[-]?)+$')\nok = R.fullmatch('x') is not None\n",
        "from re import compile\nR = compile(r'^[a-z]+(?:[-][a-z]+)*[-]?$')\nok = R.fullmatch('x') is not None\n",
        id="imported-name",
    ),
    pytest.param(
        "import re\n\n\ndef f(s):\n    return re.sub(r'(\\w+\\s?)+', '<>', s)\n",
        "import re\n\n\ndef f(s):\n    return re.sub(r'\\w+(?:\\s\\w+)*\\s?', '<>', s)\n",
        id="sub-plain-replacement",
    ),
    pytest.param(
        "import re\n\n\ndef f(s):\n    return re.findall(r'(?:[a-z]+[-]?)+', s)\n",
        "import re\n\n\ndef f(s):\n    return re.findall(r'[a-z]+(?:[-][a-z]+)*[-]?', s)\n",
        id="findall-non-capturing",
    ),
    pytest.param(
        "import re\n\n\ndef f(s):\n    if (m := re.match(r'(?P<w>[a-z]+[-]?)+', s)):\n        return m.end()\n",
        "import re\n\n\ndef f(s):\n    if (m := re.match(r'[a-z]+(?:[-][a-z]+)*[-]?', s)):\n        return m.end()\n",
        id="named-group-never-read",
    ),
    pytest.param(
        "import re\n\n\ndef f(s):\n    m = re.search(r'(\\d+)+x', s)\n    return m.group(0) if m else ''\n",
        "import re\n\n\ndef f(s):\n    m = re.search(r'\\d+x', s)\n    return m.group(0) if m else ''\n",
        id="whole-match-only",
    ),
    pytest.param(
        "import re\nR = re.compile(r'^(?:[a-z]+[-]?)+@(?:\\d*)*$', re.M)\n",
        "import re\nR = re.compile(r'^[a-z]+(?:[-][a-z]+)*[-]?@\\d*$', re.M)\n",
        id="two-groups-and-flags",
    ),
]


@pytest.mark.parametrize(("source", "expected"), SPELLINGS)
def test_spelling_kept(source: str, expected: str) -> None:
    assert rule_hits({"app.py": source}) == ["app.py"]
    assert fix(source, _call_line(source)) == expected
    assert rule_hits({"app.py": expected}) == []


NO_FIX = [
    pytest.param("import re\nR = re.compile(r'^(\\w+[a-z_]?)+$')\n", id="atoms-overlap"),
    pytest.param("import re\nR = re.compile(r'^([a-z]+[A-Z]?)+$', re.I)\n", id="atoms-overlap-ignorecase"),
    pytest.param("import re\nR = re.compile(r'^([a-z]+[-]?)+$', re.VERBOSE)\n", id="verbose-flag"),
    pytest.param("import re\nR = re.compile(r'(?x)^([a-z]+[-]?)+$')\n", id="inline-verbose"),
    pytest.param("import re\nR = re.compile(r'(?i:^(?:[a-z]+[-]?)+$)')\n", id="scoped-flags"),
    pytest.param("import re\nR = re.compile(r'^([a-z]+?[-]?)+$')\n", id="lazy-quantifier"),
    pytest.param("import re\nR = re.compile(r'^(\\w+\\s\\w+)+$')\n", id="three-elements"),
    pytest.param("import re\nR = re.compile(r'^([a-z]{2,}[-]?)+$')\n", id="counted-repeat"),
    pytest.param("import re\nR = re.compile(r'^([a-z]+[-]?){2,}$')\n", id="counted-outer-repeat"),
    pytest.param(
        "import re\nR = re.compile(r'^([a-z]+[-]?)+$')\n\n\ndef f(s):\n    m = R.match(s)\n    return m.group(1) if m else None\n",
        id="group-read",
    ),
    pytest.param(
        "import re\nR = re.compile(r'^([a-z]+[-]?)+$')\n\n\ndef f(s):\n    return R.match(s)\n",
        id="match-object-returned",
    ),
    pytest.param(
        "import re\n\n\ndef f(s):\n    if (m := re.match(r'(?P<w>[a-z]+[-]?)+', s)):\n        return m['w']\n",
        id="named-group-read",
    ),
    pytest.param("import re\n\n\ndef f(s):\n    return re.findall(r'([a-z]+[-]?)+', s)\n", id="findall-groups"),
    pytest.param("import re\nparts = re.split(r'(\\s+)+', 'a  b')\n", id="split-keeps-separators"),
    pytest.param("import re\n\n\ndef f(s):\n    return re.sub(r'([a-z]+[-]?)+', r'<\\1>', s)\n", id="sub-backref"),
    pytest.param(
        "import re\n\n\ndef f(s):\n    return re.match(r'([a-z]+[-]?)+=(x)\\2', s) is not None\n",
        id="backref-in-pattern",
    ),
    pytest.param(
        "import re\n\n\nclass V:\n    R = re.compile(r'^([a-z]+[-]?)+$')\n\n"
        "    def ok(self, s):\n        return bool(self.R.match(s))\n\n"
        "    def parts(self, s):\n        return self.R.match(s).groups()\n",
        id="class-attribute-groups-read",
    ),
    pytest.param("import re\nP = r'^([a-z]+[-]?)+$'\nR = re.compile(P)\n", id="pattern-not-a-literal"),
    pytest.param("import re\nR = re.compile(r'^(a|a)+$')\n", id="alternation-left-alone"),
]


@pytest.mark.parametrize("source", NO_FIX)
def test_no_fix(source: str) -> None:
    assert fix(source, _call_line(source)) is None
