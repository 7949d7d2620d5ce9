"""Mechanical repairs of JavaScript and TypeScript on the syntax tree (tree-sitter): the finding's code rewritten by
byte span, formatting kept. Like the Python codemods, a family only proposes, for the shapes it knows; the verify
stage decides. The rule id (or, failing that, the CWE) picks the families and the code picks the fix."""
from __future__ import annotations

import logging
from collections.abc import Callable
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aiharden.repair.codemods import CodemodFix

if TYPE_CHECKING:
    from aiharden.repair.js.tree import Draft
    from aiharden.repair.js.tree import Source

log = logging.getLogger(__name__)

_RULES: dict[str, tuple[str, ...]] = {
    "js-eval-call": ("eval",),
    "js-sql-built-query": ("sql",),
    "js-sql-raw-built-query": ("sql",),
    "js-child-process-exec": ("command",),
    "js-path-traversal": ("path",),
    "js-express-html-response": ("html",),
    "js-html-template-field": ("html",),
    "js-dom-html-sink": ("dom",),
    "js-insecure-random-token": ("random",),
    "js-password-fast-hash": ("password",),
    "js-weak-hash": ("password",),
    "js-hardcoded-credential": ("secret",),
    "js-jwt-hardcoded-secret": ("secret",),
    "js-open-redirect": ("redirect",),
    "js-ssrf-request-url": ("ssrf",),
    "js-regex-from-input": ("regex-input",),
    "js-regex-nested-quantifier": ("regex",),
    "js-prototype-pollution-merge": ("merge",),
    "js-deep-merge-request-input": ("merge",),
    "js-jwt-none-algorithm": ("jwt",),
    "js-tls-reject-unauthorized-false": ("tls",),
    "js-cookie-without-flags": ("cookie",),
    "js-error-stack-exposed": ("error",),
    "js-log-injection": ("log",),
    "js-log-typed-name": ("log",),
}
_CWES: dict[int, tuple[str, ...]] = {
    95: ("eval",), 89: ("sql",), 78: ("command",), 22: ("path",), 79: ("html", "dom"), 338: ("random",), 330: ("random",),
    916: ("password",), 328: ("password",), 798: ("secret",), 259: ("secret",), 321: ("secret",),
    601: ("redirect",), 918: ("ssrf",), 1321: ("merge",), 347: ("jwt",), 295: ("tls",), 614: ("cookie",),
    1004: ("cookie",), 209: ("error",), 117: ("log",), 1333: ("regex", "regex-input"),
}


def _families() -> dict[str, Callable[[Source, int, int], list[tuple[str, Draft]]]]:
    from aiharden.repair.js import code
    from aiharden.repair.js import command
    from aiharden.repair.js import crypto
    from aiharden.repair.js import paths
    from aiharden.repair.js import regex
    from aiharden.repair.js import secrets
    from aiharden.repair.js import sql
    from aiharden.repair.js import web

    return {
        "sql": sql.propose,
        "eval": code.propose,
        "command": command.propose,
        "path": paths.propose,
        "random": crypto.propose_random,
        "password": crypto.propose_password,
        "secret": secrets.propose,
        "redirect": web.propose_redirect,
        "ssrf": web.propose_ssrf,
        "html": web.propose_html,
        "dom": web.propose_dom,
        "regex": regex.propose,
        "regex-input": web.propose_regex_input,
        "merge": web.propose_merge,
        "jwt": web.propose_jwt,
        "tls": web.propose_tls,
        "cookie": web.propose_cookie,
        "error": web.propose_error,
        "log": web.propose_log,
    }


def families_for(rule_id: str, cwe: Sequence[int]) -> tuple[str, ...]:
    if rule_id in _RULES:
        return _RULES[rule_id]
    return tuple(dict.fromkeys(f for c in cwe for f in _CWES.get(c, ())))


def propose(text: str, path: str, rule_id: str, cwe: Sequence[int], start: int, end: int) -> list[CodemodFix]:
    """Candidate rewrites of the finding at lines start..end of a JavaScript or TypeScript file."""
    from aiharden.repair.js.tree import Source
    from aiharden.repair.js.tree import broken

    src = Source(text, path)
    if broken(src.tree) is not None:
        return []
    table = _families()
    out = []
    for fam in families_for(rule_id, cwe):
        try:
            drafts = table[fam](src, start, end)
        except Exception:  # noqa: BLE001 - a bug of the family: logged and counted (raised under tests), never the run
            from aiharden.repair.failures import codemod_failed

            codemod_failed(f"js-{fam}", f"{path}:{start}")
            continue
        for name, d in drafts:
            try:
                out.append(CodemodFix(name, d.edits()))
            except ValueError as e:
                log.warning("js codemod %s made overlapping edits on %s:%d: %s", name, path, start, e)
    return out
