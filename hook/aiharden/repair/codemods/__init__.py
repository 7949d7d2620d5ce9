"""Mechanical repairs on the syntax tree (libcst): the finding's statement rewritten, formatting kept.

A codemod only proposes; the verify stage decides. Each family returns drafts for the code shapes it
knows and nothing for the rest, so a rule id or CWE picks the families and the code picks the fix.
"""
from __future__ import annotations

import ast
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiharden.repair.edits import Edit
from aiharden.repair.edits import apply_edits
from aiharden.repair.failures import codemod_failed

if TYPE_CHECKING:
    from aiharden.repair.codemods.context import Context
    from aiharden.repair.codemods.context import Draft


@dataclass(frozen=True)
class CodemodFix:
    name: str  # e.g. "sql-parameterize", "shell-to-argv", "yaml-safe-load"
    edits: tuple[Edit, ...]  # the flagged statement's lines, plus at most one inserted import line


_NO_CODEMOD = ("weak-cipher",)

_RULES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("sql-fstring-query", "sql-percent-format-query", "sql-concat-query", "sql-format-method-query", "B608"),
        ("sql",),
    ),
    **dict.fromkeys(
        ("subprocess-shell-true", "os-system-call", "os-popen-call", "B602", "B604", "B605", "B607"), ("shell",)
    ),
    **dict.fromkeys(("yaml-unsafe-load", "B506"), ("yaml",)),
    **dict.fromkeys(("eval-call", "B307"), ("eval", "arithmetic")),
    **dict.fromkeys(("exec-call", "B102"), ("exec",)),
    "regex-nested-quantifier": ("regex",),
    "regex-from-input": ("regex-input",),
    **dict.fromkeys(("jwt-verification-off", "jwt-algorithm-from-token", "jwt-none-algorithm"), ("jwt",)),
    "xpath-built-query": ("xpath",),
    "cookie-without-flags": ("cookie",),
    "csrf-exempt-view": ("csrf",),
    **dict.fromkeys(("secret-compared-with-equals", "secret-compared-in-helper"), ("compare",)),
    "header-value-from-input": ("header",),
    "host-suffix-check": ("host-suffix",),
    **dict.fromkeys(("weak-key-size", "B505"), ("key-size",)),
    "html-fstring-param": ("html",),
    **dict.fromkeys(("open-redirect", "open-redirect-param"), ("redirect",)),
    **dict.fromkeys(("pickle-load", "marshal-load", "B301", "B302"), ("pickle",)),
    **dict.fromkeys(("md5-hash", "sha1-hash", "B303", "B324"), ("hash", "password")),
    "password-fast-hash": ("password", "hash"),
    "fixed-iv-or-salt": ("password",),  # a constant salt of a stored password hash; a fixed IV has no codemod yet
    **dict.fromkeys(("insecure-random-token", "B311"), ("random",)),
    **dict.fromkeys(("requests-verify-false", "B501"), ("verify",)),
    **dict.fromkeys(("ssl-unverified-context", "B323"), ("ssl",)),
    **dict.fromkeys(("tempfile-mktemp", "B306"), ("mktemp",)),
    **dict.fromkeys(("chmod-permissive", "B103"), ("chmod",)),
    **dict.fromkeys(("jinja2-autoescape-false", "B701"), ("jinja2",)),
    **dict.fromkeys(("flask-debug-true", "B201"), ("flask-debug",)),
    **dict.fromkeys(("tarfile-extractall", "B202"), ("tarfile",)),
    **dict.fromkeys(("requests-no-timeout", "B113"), ("timeout",)),
    **dict.fromkeys(("hardcoded-password", "hardcoded-secret-key", "B105", "B106"), ("secret",)),
    "log-injection": ("log",),
    "traceback-exposed": ("traceback",),
    **dict.fromkeys(("ssrf-user-url", "ssrf-param-url"), ("ssrf",)),
    "open-user-path": ("open-path",),
    "open-joined-param-path": ("open-path",),
    "path-prefix-startswith": ("prefix",),
    **dict.fromkeys(("markup-from-format", "B704"), ("markup", "html")),
    **dict.fromkeys(("xml-external-entities", "B320"), ("xxe",)),
    **dict.fromkeys(_NO_CODEMOD, ()),
}

_CWES: dict[int, tuple[str, ...]] = {
    89: ("sql",),
    78: ("shell",),
    502: ("yaml", "pickle"),
    95: ("eval", "arithmetic"),
    94: ("exec",),
    327: ("hash",),
    328: ("hash", "password"),
    916: ("password", "hash"),
    759: ("password",),
    760: ("password",),
    330: ("random",),
    338: ("random",),
    295: ("verify", "ssl"),
    377: ("mktemp",),
    732: ("chmod",),
    79: ("jinja2", "markup"),
    489: ("flask-debug",),
    215: ("flask-debug",),
    22: ("tarfile", "open-path"),
    400: ("timeout",),
    259: ("secret",),
    798: ("secret",),
    321: ("secret",),
    117: ("log",),
    209: ("traceback",),
    497: ("traceback",),
    611: ("xxe",),
    326: ("key-size",),
    347: ("jwt",),
    643: ("xpath",),
    614: ("cookie",),
    1004: ("cookie",),
    352: ("csrf",),
    208: ("compare",),
    113: ("header",),
    918: ("ssrf",),
    1333: ("regex",),
    601: ("redirect",),
}


def _families() -> dict[str, Callable[[Context], list[Draft]]]:
    from aiharden.repair.codemods import hardcoded
    from aiharden.repair.codemods import headers
    from aiharden.repair.codemods import htmlescape
    from aiharden.repair.codemods import keywords
    from aiharden.repair.codemods import passwords
    from aiharden.repair.codemods import paths
    from aiharden.repair.codemods import redirects
    from aiharden.repair.codemods import regexes
    from aiharden.repair.codemods import session
    from aiharden.repair.codemods import shell
    from aiharden.repair.codemods import sql
    from aiharden.repair.codemods import ssrf
    from aiharden.repair.codemods import swaps
    from aiharden.repair.codemods import web
    from aiharden.repair.codemods import xpath

    return {
        "sql": sql.propose,
        "shell": shell.propose,
        "yaml": swaps.yaml_load,
        "eval": swaps.eval_call,
        "exec": swaps.exec_settings,
        "arithmetic": swaps.eval_arithmetic,
        "regex": regexes.propose,
        "html": htmlescape.html_escape,
        "redirect": redirects.open_redirect,
        "pickle": swaps.pickle_loads,
        "hash": swaps.weak_hash,
        "password": passwords.password_kdf,
        "random": swaps.random_token,
        "ssl": swaps.ssl_context,
        "mktemp": swaps.mktemp,
        "chmod": swaps.chmod,
        "verify": keywords.verify,
        "jinja2": keywords.jinja2_autoescape,
        "flask-debug": keywords.flask_debug,
        "tarfile": keywords.tarfile_filter,
        "timeout": keywords.requests_timeout,
        "xxe": keywords.xml_entities,
        "secret": hardcoded.propose,
        "log": web.log_injection,
        "traceback": web.traceback_exposed,
        "open-path": paths.open_user_path,
        "prefix": paths.prefix_check,
        "ssrf": ssrf.public_url_check,
        "markup": web.markup_escape,
        "regex-input": regexes.escape_input,
        "jwt": session.jwt_verify,
        "xpath": xpath.xpath_variables,
        "cookie": session.cookie_flags,
        "csrf": session.csrf_protect,
        "compare": session.constant_time,
        "key-size": keywords.key_size,
        "header": headers.header_line_breaks,
        "host-suffix": headers.host_suffix,
    }


def vetoed(rule_id: str, source: str) -> bool:
    """The file's code shows that the mechanical fix of this rule would change what it does (autoescape turned on
    where the file renders HTML it builds): no fix of the rule's own is offered either."""
    from aiharden.repair.codemods import keywords

    vetoes: dict[str, Callable[[str], bool]] = {"jinja2-autoescape-false": keywords.renders_built_html}
    check = vetoes.get(rule_id.rsplit(".", 1)[-1])
    try:
        return bool(check and check(source))
    except SyntaxError:
        return False


def propose(
    source: str,
    rule_id: str,
    cwe: Sequence[int],
    start_line: int,
    end_line: int,
    paramstyle: str | None = None,
) -> list[CodemodFix]:
    """Candidate mechanical fixes for a finding at start_line..end_line (1-based); [] when none applies."""
    from aiharden.repair.codemods.context import Context

    rule = rule_id.rsplit(".", 1)[-1]
    names = _RULES.get(rule)
    if names is None:
        names = tuple(dict.fromkeys(n for c in cwe for n in _CWES.get(c, ())))
    if not names or start_line < 1 or end_line < start_line:
        return []
    try:
        ctx = Context.build(source, start_line, end_line, paramstyle)
    except Exception:  # noqa: BLE001 - libcst on an odd file: no candidate, never a crashed run
        return []
    if ctx is None or not ctx.statements:
        return []
    families = _families()
    fixes: list[CodemodFix] = []
    for name in names:
        try:
            drafts = families[name](ctx)
            rendered = [(d.name, ctx.render(d)) for d in drafts]
        except Exception:  # noqa: BLE001 - a bug of the family: logged and counted (raised under tests), never the run
            codemod_failed(name, f"line {start_line}")
            continue
        for fix_name, edits in rendered:
            if edits and _parses(source, edits) and all(f.edits != edits for f in fixes):
                fixes.append(CodemodFix(fix_name, edits))
    return fixes


def _parses(source: str, edits: tuple[Edit, ...]) -> bool:
    try:
        fixed = apply_edits(source, edits)
        ast.parse(fixed)
    except (SyntaxError, ValueError):
        return False
    return fixed != source
