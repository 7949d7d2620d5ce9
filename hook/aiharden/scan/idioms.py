"""Findings on safe idioms that a one-line test cannot tell from the weakness, dropped after the engines ran.

Each check reads the file's syntax tree (scan/values.py) and drops a finding only when the code shows the value
is safe where it is used:
- B608 (SQL built from strings): every interpolated value is a constant, a number, or a name checked against an
  allow-list before (`if col not in COLUMNS: raise`), including placeholders joined from "?" and values a helper
  of the file returns built the same way;
- B310 and ssrf-param-url (a URL fetched): the URL is a constant, or its host was checked first (a validator
  called on it, or the parsed host compared with an allow-list), in the function or by every caller in the file;
- B108 (a path in /tmp): the folder is only ever passed as `dir=` to tempfile's functions, which create the file
  with a random name and mode 0600.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping

from aiharden.scan.findings import Finding
from aiharden.scan.syntax import Func
from aiharden.scan.syntax import Module
from aiharden.scan.syntax import called
from aiharden.scan.syntax import names_in
from aiharden.scan.syntax import parameters
from aiharden.scan.values import Reader

FETCHES = frozenset({"urlopen", "Request", "urlretrieve"})
TEMPFILE = frozenset({"mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
                      "TemporaryDirectory"})
LOGGING = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal"})
PERCENT = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])")
SHARED_TMP = re.compile(r"^/(?:var/)?tmp(?:/|$)|^/dev/shm(?:/|$)")


def drop_safe(findings: Iterable[Finding], texts: Mapping[str, str]) -> list[Finding]:
    """The findings, less those whose flagged value the file shows to be safe."""
    modules: dict[str, Module | None] = {}
    readers: dict[tuple[str, str], Reader] = {}
    kept = []
    for f in findings:
        check, clears = CHECKS.get(f.rule_id, (None, ""))
        if check is not None and f.path in texts:
            if f.path not in modules:
                modules[f.path] = Module.parse(texts[f.path])
            mod = modules[f.path]
            if mod is not None:
                reader = readers.setdefault((f.path, clears), Reader(mod, clears))
                if check(reader, f):
                    continue
        kept.append(f)
    return kept


def _sql_built_safely(r: Reader, f: Finding) -> bool:
    built = [e for e in r.mod.covering(f.region.start_line)
             if _builds_text(e) and not _builds_text(r.mod.parent.get(e))]
    return bool(built) and all(r.constant(e, r.mod.function_of(e)) for e in built)


def _builds_text(node: ast.AST | None) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return any(isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, str))
                   for n in ast.walk(node))
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


def _fetch_checked(r: Reader, f: Finding) -> bool:
    calls = [e for e in r.mod.nodes_at(f.region.start_line)
             if isinstance(e, ast.Call) and called(e) in FETCHES]
    urls = [c.args[0] if c.args else next((k.value for k in c.keywords if k.arg == "url"), None) for c in calls]
    return bool(urls) and all(u is not None and _url_cleared(r, u) for u in urls)


def _param_url_checked(r: Reader, f: Finding) -> bool:
    at = [e for e in r.mod.nodes_at(f.region.start_line) if e.col_offset + 1 == f.region.start_col]
    return bool(at) and _url_cleared(r, at[0])


def _url_cleared(r: Reader, url: ast.expr, depth: int = 0) -> bool:
    """The URL is a constant, or each name in it is checked for its host where it is used, or is a parameter
    every caller in the file passes checked, or holds a request built from such a URL."""
    fn = r.mod.function_of(url)
    if r.constant(url, fn):
        return True
    used = names_in(url)
    if not used or fn is None:
        return False
    params = {p.arg for p in parameters(fn)}
    for name in used:
        if r.checked(name, fn, url, "host"):
            continue
        roots = {p for p in params if name in r.derived(p, fn)}
        if roots and all(r.checked(p, fn, url, "host") or r.callers_pass_checked(fn, p, "host") for p in roots):
            continue
        if depth == 0 and _built_from_checked(r, name, fn):
            continue
        return False
    return True


def _built_from_checked(r: Reader, name: str, fn: Func) -> bool:
    """req = urllib.request.Request(url, ...) where url is cleared."""
    sources = [n.value for n in ast.walk(fn) if isinstance(n, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
    return bool(sources) and all(
        isinstance(s, ast.Call) and called(s) in FETCHES and bool(s.args) and _url_cleared(r, s.args[0], 1)
        for s in sources)


def _flagged_value(r: Reader, f: Finding) -> ast.expr | None:
    """The expression the finding starts at, or the value of the statement it starts on (`return (...)`)."""
    at = [e for e in r.mod.nodes_at(f.region.start_line) if e.col_offset + 1 == f.region.start_col]
    if at:
        return at[0]
    stmt = r.mod.statement_at(f.region.start_line)
    value = getattr(stmt, "value", None)
    return value if isinstance(value, ast.expr) else None


def _html_safe(r: Reader, f: Finding) -> bool:
    """The page is built from constants and escaped values, or rendered from a constant template with
    autoescaping (only what it wraps in Markup must be safe)."""
    value = _flagged_value(r, f)
    return value is not None and r.constant(value, r.mod.function_of(value))


def _line_break_free(r: Reader, f: Finding) -> bool:
    """The value written into a header or a log line has no line break in it; for a logging call flagged as a
    whole, each argument its format shows with %s (%r and numbers escape or have none)."""
    value = _flagged_value(r, f)
    if value is None:
        return False
    fn = r.mod.function_of(value)
    if isinstance(value, ast.Call) and called(value) in LOGGING and value.args:
        fmt = value.args[0]
        if not (isinstance(fmt, ast.Constant) and isinstance(fmt.value, str)) or value.keywords and any(
                k.arg is None for k in value.keywords):
            return r.constant(value.args[0], fn) and all(r.constant(a, fn) for a in value.args[1:])
        shown = [m.group(1) for m in PERCENT.finditer(fmt.value) if m.group(1) != "%"]
        args = value.args[1:]
        if len(shown) != len(args):
            return False
        return all(kind not in "sc" or r.constant(a, fn) for kind, a in zip(shown, args))
    return r.constant(value, fn)


def _temp_folder_for_tempfile(r: Reader, f: Finding) -> bool:
    literals = [e for e in r.mod.nodes_at(f.region.start_line)
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and SHARED_TMP.match(e.value)]
    return bool(literals) and all(_only_tempfile_dir(r, lit) for lit in literals)


def _only_tempfile_dir(r: Reader, lit: ast.Constant) -> bool:
    if _is_tempfile_dir(r, lit):
        return True
    stmt = r.mod.parent.get(lit)
    if not (isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is lit):
        return False
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    if len(targets) != 1 or not isinstance(targets[0], ast.Name):
        return False
    name = targets[0].id
    uses = [n for n in ast.walk(r.mod.tree) if isinstance(n, ast.Name) and n.id == name
            and isinstance(n.ctx, ast.Load)]
    return bool(uses) and all(_is_tempfile_dir(r, u) for u in uses)


def _is_tempfile_dir(r: Reader, node: ast.expr) -> bool:
    parent = r.mod.parent.get(node)
    if isinstance(parent, ast.keyword) and parent.arg == "dir":
        call = r.mod.parent.get(parent)
        return isinstance(call, ast.Call) and called(call) in TEMPFILE
    # mkstemp(suffix, prefix, dir) and mkdtemp(suffix, prefix, dir): the third positional argument
    return (isinstance(parent, ast.Call) and called(parent) in ("mkstemp", "mkdtemp")
            and len(parent.args) >= 3 and parent.args[2] is node)


# rule id: (the check, what the reader counts as safe besides constants)
CHECKS: dict[str, tuple[Callable[[Reader, Finding], bool], str]] = {
    "B608": (_sql_built_safely, ""),
    "sql-fstring-query": (_sql_built_safely, ""),
    "sql-percent-format-query": (_sql_built_safely, ""),
    "sql-concat-query": (_sql_built_safely, ""),
    "sql-format-method-query": (_sql_built_safely, ""),
    "sql-built-in-helper": (_sql_built_safely, ""),
    "B310": (_fetch_checked, ""),
    "ssrf-param-url": (_param_url_checked, ""),
    "B108": (_temp_folder_for_tempfile, ""),
    "header-value-from-input": (_line_break_free, "line"),
    "raw-header-line-from-input": (_line_break_free, "line"),
    "mail-header-built-from-values": (_line_break_free, "line"),
    "log-injection": (_line_break_free, "line"),
    "log-injection-param": (_line_break_free, "line"),
    "markup-from-format": (_html_safe, "html"),
    "html-fstring-param": (_html_safe, "html"),
}
